//! Clause analysis over units: the predicate that states a figure and the
//! noun phrase that is its subject.
//!
//! Vietnamese puts the subject before the predicate and the figure after
//! it: "[Tổng lợi nhuận toàn khối] [đạt] [1.402 tỷ đồng]". From a figure the
//! finder walks left over qualifiers and the object's nouns to the nearest
//! predicate ("có công suất 100 triệu …" → "có"), then left again over aspect
//! words to the subject, which runs back to the clause boundary: a comma, a
//! conjunction, a verb of saying, the copula, or a finite verb before it.

use super::units::{Kind, Unit};
use crate::lexicon::facts::Class;

/// Why the walk to the left of a figure found no predicate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stop {
    /// The sentence starts here.
    Start,
    /// A list mark: ",", ";", "và", "hoặc" at that unit.
    List(usize),
    /// An opening bracket at that unit.
    Bracket(usize),
    /// A preposition other than "cho" at that unit ("với 3 liều").
    Prep(usize),
    /// Another figure at that unit ("1 ca … 8 ngày tuổi").
    Figure(usize),
    /// Any other boundary (conjunction, verb of saying, mark) at that unit.
    Boundary(usize),
}

/// What the walk to the left of a figure found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Found {
    /// The predicate: units `first..=last`.
    Verb { first: usize, last: usize },
    /// No predicate; how many nominal units were crossed, and where it stopped.
    None { nouns: usize, stop: Stop },
}

/// How far a walk goes before giving up: an object between predicate and
/// figure, or a subject, is rarely longer.
const MAX_OBJECT: usize = 7;
const MAX_SUBJECT: usize = 24;

/// True when unit `k` is a verb used as a verb: a nominaliser before it
/// ("mức giảm", "lượng mưa") makes it a noun.
pub(super) fn verb_at(u: &[Unit], k: usize) -> bool {
    u[k].is_verb() && !(k > 0 && u[k - 1].is(Class::NOMINAL) && !u[k - 1].is_verb())
}

/// The predicate before unit `at` (a figure), not before unit `lo`.
pub(super) fn predicate_before(u: &[Unit], text: &str, at: usize, lo: usize) -> Found {
    let mut nouns = 0;
    // A weak predicate ("lên tới", "tới") after nouns: used only when no
    // stronger one comes before ("có tổng trọng tải lên tới …" → "có").
    let mut weak: Option<usize> = None;
    let mut k = at;
    let stop = loop {
        if k <= lo {
            break Stop::Start;
        }
        k -= 1;
        let x = &u[k];
        match x.kind {
            Kind::Figure(_) => break Stop::Figure(k),
            Kind::Punct => {
                let p = x.punct(text).unwrap_or("");
                break match p {
                    "," | ";" => Stop::List(k),
                    "(" => Stop::Bracket(k),
                    "/" | "&" | "-" if nouns > 0 => {
                        nouns += 1;
                        continue;
                    }
                    // The full stop of an initial: "Giàng Thị D. 7 ngày tuổi".
                    "." if k > lo && u[k - 1].kind == Kind::Name && initial(&text[u[k - 1].start..u[k - 1].end]) => {
                        nouns += 1;
                        continue;
                    }
                    _ => Stop::Boundary(k),
                };
            }
            Kind::Name | Kind::Other | Kind::Date(_) => nouns += 1,
            Kind::Word => {
                if verb_at(u, k) {
                    let is_weak = x.class.any(Class::QUAL);
                    if is_weak && nouns == 0 && k > lo && verb_at(u, k - 1) {
                        // "tăng lên tới 23.000 tỷ": a qualifier after the verb.
                        continue;
                    }
                    if is_weak && weak.is_none() {
                        weak = Some(k);
                        nouns += 1;
                        continue;
                    }
                    return Found::Verb { first: extend_left(u, text, k, lo), last: k };
                }
                if x.class.any(Class::QUAL) && !x.class.any(Class::PREP) {
                    continue;
                }
                // Sentence adverbials ("Trong đó", "Hiện") are no part of an object.
                if x.class.any(Class::ADV) && !x.class.any(Class::AUX | Class::NOMINAL) {
                    continue;
                }
                if x.class.any(Class::SAY | Class::CONJ) {
                    break if is_list_word(x, text) { Stop::List(k) } else { Stop::Boundary(k) };
                }
                if x.class.any(Class::NPPREP) {
                    break Stop::Prep(k);
                }
                if x.class.any(Class::PREP) {
                    // "giao nộp cho Bộ đội Biên phòng gần 300 khẩu súng", "nắm
                    // giữ cổ phần tại 19 công ty con": a complement of place,
                    // time or receiver sits between verb and figure.
                    nouns += 1;
                    if nouns > MAX_OBJECT {
                        break Stop::Boundary(k);
                    }
                    continue;
                }
                if x.class.any(Class::AUX | Class::PASS) && !x.class.any(Class::NOMINAL) {
                    break Stop::Boundary(k);
                }
                nouns += 1;
            }
        }
        if nouns > MAX_OBJECT {
            break Stop::Boundary(k);
        }
    };
    match weak {
        Some(w) => Found::Verb { first: extend_left(u, text, w, lo), last: w },
        None => Found::None { nouns, stop },
    }
}

/// A verb that may continue a verb group to the right: not a particle of
/// direction or degree ("sơ tán khỏi", "di cư lên").
fn strong_verb(u: &[Unit], k: usize) -> bool {
    verb_at(u, k) && !u[k].class.any(Class::QUAL | Class::PREP)
}

/// "và", "hoặc", "cùng (với)" join the items of a list.
pub(super) fn is_list_word(x: &Unit, _text: &str) -> bool {
    x.is(Class::LIST)
}

/// A one-letter initial ("D" of "Giàng Thị D.").
fn initial(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
}

/// The first unit of the verb group ending at `k`: verbs in a row ("dự
/// kiến đón"), coordinated verbs ("tuyên truyền, vận động", "cấp cứu và
/// điều trị") and a negation before them ("không có").
fn extend_left(u: &[Unit], text: &str, k: usize, lo: usize) -> usize {
    let mut first = k;
    let mut added = 0;
    while first > lo && added < 3 {
        let p = &u[first - 1];
        if p.is(Class::NEG) {
            first -= 1;
            break;
        }
        if verb_at(u, first - 1) && !p.class.any(Class::SAY | Class::COPULA) {
            first -= 1;
            added += 1;
            continue;
        }
        // "chơi khá tốt": a manner word between two predicates.
        if p.is(Class::AUX) && !p.class.any(Class::PASS | Class::VERB) && first - 1 > lo && verb_at(u, first - 2) {
            first -= 2;
            added += 1;
            continue;
        }
        let joins = p.punct(text) == Some(",") || (p.kind == Kind::Word && is_list_word(p, text));
        if joins && first - 1 > lo && verb_at(u, first - 2) && !u[first - 2].class.any(Class::SAY | Class::COPULA) {
            first -= 2;
            added += 1;
            continue;
        }
        break;
    }
    first
}

/// The predicate after a figure that opens its clause ("Khoảng 750 người
/// đã thiệt mạng"): the noun phrase the figure heads, then aspect words,
/// then the verb group. Returns (end of the noun phrase, first, last).
pub(super) fn predicate_after(u: &[Unit], text: &str, at: usize, hi: usize) -> Option<(usize, usize, usize)> {
    // An aspect word before the clause ends marks where the predicate
    // starts ("9 trung tâm y tế cấp huyện … đã kích hoạt"): nouns up to it.
    let mut aux_at = None;
    for (k, x) in u.iter().enumerate().take(hi).skip(at + 1) {
        if x.is(Class::AUX | Class::PASS) && !x.class.any(Class::ADV) {
            aux_at = Some(k);
            break;
        }
        if x.kind == Kind::Punct || x.is(Class::CONJ | Class::SAY | Class::COPULA) || k - at > MAX_OBJECT + 2 {
            break;
        }
    }
    if let Some(k) = aux_at {
        let first = (k + 1..hi)
            .take_while(|&j| u[j].is(Class::AUX | Class::PASS | Class::NEG) || verb_at(u, j))
            .find(|&j| verb_at(u, j) || u[j].is(Class::NEG));
        if let Some(first) = first {
            let mut last = first;
            while last + 1 < hi && strong_verb(u, last + 1) && last - first < 3 {
                last += 1;
            }
            if verb_at(u, last) {
                let np_end = (at + 1..k).rev().find(|&j| !u[j].is(Class::ADV)).map_or(at + 1, |j| j + 1);
                return Some((np_end, first, last));
            }
        }
    }
    let mut k = at + 1;
    let mut np_end = at + 1;
    let mut nouns = 0;
    while k < hi {
        let x = &u[k];
        match x.kind {
            Kind::Word if verb_at(u, k) && !x.class.any(Class::COPULA | Class::SAY) || x.is(Class::NEG) => {
                let first = k;
                let mut last = k;
                while last + 1 < hi && strong_verb(u, last + 1) && last - first < 3 {
                    last += 1;
                }
                // The negation alone is not a predicate.
                if !verb_at(u, last) {
                    return None;
                }
                return Some((np_end, first, last));
            }
            Kind::Word if x.class.any(Class::AUX | Class::PASS) => {}
            Kind::Word if x.class.any(Class::CONJ | Class::SAY | Class::COPULA) => return None,
            Kind::Punct if !matches!(x.punct(text), Some("/" | "-" | "&")) => return None,
            Kind::Figure(_) if !(k > 0 && u[k - 1].is(Class::PREP)) => return None,
            _ => {
                nouns += 1;
                np_end = k + 1;
                if nouns > MAX_OBJECT {
                    return None;
                }
            }
        }
        k += 1;
    }
    None
}

/// Why a subject walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Edge {
    /// A boundary that leaves the subject to what follows it.
    Plain,
    /// An opening bracket right before the predicate: the subject is the
    /// noun phrase before the bracket ("Vietcombank (chiếm 27%)").
    Bracket(usize),
    /// A causative verb right before the subject's noun phrase: the
    /// statement is that verb's ("A vận động B giao nộp …").
    Causative(usize),
    /// A purpose word ("để", "nhằm"): the statement belongs to the clause
    /// before it.
    Purpose(usize),
}

/// The subject of the predicate starting at unit `p`: units `from..to`
/// (empty when the clause has none of its own), and how the walk ended.
/// The steps: aspect words before the predicate are left out, then the
/// walk goes left unit by unit, each mark ([`SubjectWalk::mark`]) or word
/// ([`SubjectWalk::word`]) taken into the subject or ending it, until the
/// clause boundary or [`MAX_SUBJECT`] units.
pub(super) fn subject_before(u: &[Unit], text: &str, p: usize, lo: usize) -> (usize, usize, Edge) {
    let to = before_aspect(u, p, lo);
    let mut w = SubjectWalk { u, text, lo, from: to, to, edge: Edge::Plain };
    while w.from > lo {
        let i = w.from - 1;
        let step = match u[i].kind {
            Kind::Punct => w.mark(i),
            Kind::Word => w.word(i),
            _ => Step::Take,
        };
        match step {
            Step::Take => {}
            Step::Moved => continue,
            Step::End => break,
            Step::Agent(j) => return subject_before(u, text, j, lo),
        }
        w.from -= 1;
        if w.to - w.from > MAX_SUBJECT {
            break;
        }
    }
    (w.from, w.to, w.edge)
}

/// Where the subject ends before the predicate at `p`: aspect, negation
/// and adverbs right before the predicate are not the subject ("VIMC hiện
/// nắm giữ", "đã được").
fn before_aspect(u: &[Unit], p: usize, lo: usize) -> usize {
    let mut k = p;
    while k > lo && u[k - 1].kind == Kind::Word && u[k - 1].class.any(Class::AUX | Class::NEG | Class::PASS) {
        k -= 1;
    }
    k
}

/// The walk left from a predicate over its subject: units `from..to` so
/// far (`to` moves only past an aside in brackets), and how it ended.
struct SubjectWalk<'u> {
    u: &'u [Unit],
    text: &'u str,
    lo: usize,
    from: usize,
    to: usize,
    edge: Edge,
}

/// What a unit does to the subject walk.
enum Step {
    /// It is part of the subject.
    Take,
    /// The walk has moved past it already (a bracketed aside).
    Moved,
    /// The subject ends after it.
    End,
    /// A passive's agent ends here: the subject is that of the predicate
    /// at this unit.
    Agent(usize),
}

impl SubjectWalk<'_> {
    /// The mark at unit `i`: the subject ends at one, except an aside or
    /// a bracket inside a noun phrase, a comma in a list of names, and
    /// the marks inside a noun phrase.
    fn mark(&mut self, i: usize) -> Step {
        let (u, text, lo) = (self.u, self.text, self.lo);
        let x = &u[i];
        let pm = x.punct(text).unwrap_or("");
        if pm == "(" && self.from == self.to {
            self.edge = Edge::Bracket(i);
        }
        // A bracket right before the predicate is an aside: "Ông Lâm
        // (sinh năm 1970) nuôi …"; inside a noun phrase it belongs to
        // it: "Hội chợ Du lịch quốc tế Việt Nam (VITM) 2021".
        if pm == ")" {
            if let Some(open) = (lo..i).rev().find(|&j| u[j].punct(text) == Some("(")) {
                if self.from == self.to {
                    self.to = open;
                }
                self.from = open;
                return Step::Moved;
            }
        }
        let (from, to) = (self.from, self.to);
        // A list of names: "các tỉnh Lai Châu, Điện Biên, Lào Cai".
        let in_list = pm == "," && i > lo && u[i - 1].kind == Kind::Name && from < to && u[from].kind == Kind::Name;
        // Marks inside a noun phrase: "tiêu dùng/tự sử dụng", "KH&CN", "SARS-CoV-2".
        let inside = from < to
            && i > lo
            && (matches!(pm, "/" | "&") || (pm == "-" && x.start == u[i - 1].end && u[from].start == x.end));
        if in_list || inside {
            Step::Take
        } else {
            Step::End
        }
    }

    /// The word at unit `i`: a verb of saying, the copula or a
    /// conjunction ends the subject, as do a finite verb before it, a
    /// passive's agent and a causative verb; any other word is part of it.
    fn word(&mut self, i: usize) -> Step {
        let c = self.u[i].class;
        if c.any(Class::SAY | Class::COPULA) {
            return Step::End;
        }
        self.conjunction(i)
            .or_else(|| self.finite_verb_before(i))
            .or_else(|| self.passive_agent(i))
            .or_else(|| self.causative(i))
            .unwrap_or(Step::Take)
    }

    /// A conjunction ends the subject unless it joins names ("Hà Nội và
    /// TP.HCM"); a purpose word ("để", "nhằm") right before the predicate
    /// gives the statement to the clause before it.
    fn conjunction(&mut self, i: usize) -> Option<Step> {
        let (u, text, lo) = (self.u, self.text, self.lo);
        let (x, c) = (&u[i], u[i].class);
        if !c.any(Class::CONJ) || c.any(Class::VERB | Class::PREP) {
            return None;
        }
        let (from, to) = (self.from, self.to);
        let names_joined = is_list_word(x, text)
            && from < to
            && matches!(u[from].kind, Kind::Name | Kind::Figure(_))
            && i > lo
            && u[i - 1].is_nominal();
        if names_joined {
            return None;
        }
        if from == to && is_purpose(x, text) {
            self.edge = Edge::Purpose(i);
        }
        Some(Step::End)
    }

    /// A finite verb before: "[chính quyền đã thiết lập] một đường mòn dài
    /// 3,5 km": the subject starts after that verb group, unless what is
    /// left cannot start a noun phrase ("[báo cáo đã được kiểm toán] của
    /// tập đoàn này thể hiện …").
    fn finite_verb_before(&mut self, i: usize) -> Option<Step> {
        let u = self.u;
        let c = u[i].class;
        if !c.any(Class::AUX) || c.any(Class::VERB | Class::NOMINAL | Class::ADV) {
            return None;
        }
        let mut j = self.from;
        while j < self.to && !verb_at(u, j) {
            j += 1;
        }
        while j < self.to && (verb_at(u, j) || u[j].is(Class::NEG)) {
            j += 1;
        }
        if j < self.to && !u[j].is(Class::PREP) {
            self.from = j;
            return Some(Step::End);
        }
        None
    }

    /// "Hùng từng bị TAND TP Buôn Ma Thuột xử phạt 18 tháng tù": the noun
    /// phrase after "bị"/"được" is the agent; the subject comes before.
    fn passive_agent(&self, i: usize) -> Option<Step> {
        let (u, lo, from) = (self.u, self.lo, self.from);
        if !(u[i].class.any(Class::PASS)
            && from < self.to
            && matches!(u[from].kind, Kind::Name | Kind::Word)
            && !verb_at(u, from))
        {
            return None;
        }
        let mut j = i;
        while j > lo && u[j - 1].is(Class::AUX) && !u[j - 1].class.any(Class::VERB) {
            j -= 1;
        }
        Some(Step::Agent(j))
    }

    /// A causative verb right before the subject's noun phrase ("A vận
    /// động B giao nộp …"): the statement is that verb's.
    fn causative(&mut self, i: usize) -> Option<Step> {
        let u = self.u;
        let (from, to) = (self.from, self.to);
        if u[i].class.any(Class::CAUS) && verb_at(u, i) && from < to && (from..to).all(|j| !verb_at(u, j)) {
            self.edge = Edge::Causative(i);
            return Some(Step::End);
        }
        None
    }
}

/// "để", "nhằm": a purpose clause.
fn is_purpose(x: &Unit, _text: &str) -> bool {
    x.is(Class::PURPOSE)
}

/// Drops sentence adverbials, conjunctions, dates and a leading
/// prepositional phrase from the front of a subject: "Hiện giá đất …",
/// "Tại cơ sở này giá …" → "giá …", "Ở Vịnh Bắc Bộ có gió …" → "gió …".
pub(super) fn trim_front(u: &[Unit], text: &str, mut from: usize, to: usize) -> usize {
    loop {
        if from >= to {
            return from;
        }
        let x = &u[from];
        match x.kind {
            Kind::Date(_) | Kind::Punct => from += 1,
            Kind::Word if x.class.any(Class::ADV | Class::CONJ | Class::SAY) && !x.class.any(Class::PRON) => from += 1,
            Kind::Word if x.class.any(Class::PREP) && !x.class.any(Class::VERB) => {
                // The phrase ends at a demonstrative, a date, or an
                // existential "có" ("Ở X có Y …").
                let end = (from + 1..to).find(|&j| {
                    let y = &u[j];
                    matches!(y.kind, Kind::Date(_))
                        || y.is(Class::DEM)
                        || (y.is_verb() && text[y.start..y.end].eq_ignore_ascii_case("có"))
                });
                match end {
                    Some(j) => from = j + 1,
                    // A subject never starts with a preposition: "Theo ước
                    // tính của WHO, …" has none.
                    None => return to,
                }
            }
            _ => return from,
        }
    }
}
