//! Segments text into words: reads lines from standard input (or the files
//! given) and prints each line's words joined by spaces, the syllables of a
//! word joined by `_`.
//!
//! ```text
//! echo "Ông Đỗ Văn Khải về Hà Nội..." | cargo run --release --example segment
//! Ông Đỗ_Văn_Khải về Hà_Nội ...
//! ```

use std::io::{BufRead, Write};
use viet_extract::tokenise::segment_words;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let readers: Vec<Box<dyn BufRead>> = if files.is_empty() {
        vec![Box::new(std::io::stdin().lock())]
    } else {
        files
            .iter()
            .map(|f| -> Box<dyn BufRead> {
                match std::fs::File::open(f) {
                    Ok(file) => Box::new(std::io::BufReader::new(file)),
                    Err(e) => {
                        eprintln!("segment: {f}: {e}");
                        std::process::exit(2)
                    }
                }
            })
            .collect()
    };
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for reader in readers {
        for line in reader.lines() {
            let Ok(line) = line else { break };
            let words: Vec<String> = segment_words(&line)
                .into_iter()
                .map(|r| line[r].split_whitespace().collect::<Vec<_>>().join("_"))
                .collect();
            if writeln!(out, "{}", words.join(" ")).is_err() {
                return;
            }
        }
    }
}
