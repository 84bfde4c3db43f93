fn main() {
    let t = std::env::args().nth(1).unwrap();
    let d = viet_extract::Extractor::new().extract(&t);
    println!("{}", serde_json::to_string_pretty(&d).unwrap());
}
