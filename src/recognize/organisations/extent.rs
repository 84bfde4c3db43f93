//! Where a body's name ends: the walk from its head word over the words
//! that continue the name (acronyms of sectors, punctuation, numbers, level
//! words and places, capitalised words, lower-case words of official names),
//! one named step per kind of token.

use super::*;

/// The name from its head (tokens `i..i + head`) to its end.
pub(super) fn extent<'a>(ctx: &Ctx<'a>, i: usize, head: usize) -> Extent<'a> {
    extent_at_depth(ctx, i, head, 0, HeadFacts::at(ctx, i, head))
}

/// [`extent`] from a head the caller has looked up already: `entry` is its
/// row of the heads table (the table's match at `i` is `head` tokens
/// long), `alone` whether it names a body alone (`org_generic`).
pub(super) fn extent_of_head<'a>(ctx: &Ctx<'a>, i: usize, head: usize, entry: Head, alone: bool) -> Extent<'a> {
    extent_at_depth(ctx, i, head, 0, HeadFacts { head_match: Some((head, entry)), alone })
}

/// What the walk needs to know of its head: the heads table's match at
/// the head's first token (its length and row), and whether the head
/// names a body alone. (The recogniser has them in hand when it calls:
/// looked up again, they cost two trie walks and a hash per name.)
#[derive(Clone, Copy)]
struct HeadFacts {
    head_match: Option<(usize, Head)>,
    alone: bool,
}

impl HeadFacts {
    /// Looked up for the head `i..i + head`.
    fn at(ctx: &Ctx, i: usize, head: usize) -> HeadFacts {
        HeadFacts {
            head_match: ctx.phrase_at(i, &ctx.lex.org.heads).map(|(m, (_, h))| (m, *h)),
            alone: ctx.lex.org_generic.contains(&ctx.lower[ctx.tokens[i].start()..ctx.tokens[i + head - 1].end()]),
        }
    }
}

/// [`extent`] inside `depth` parent bodies: a parent's own parent is read
/// twice at most, so the work stays linear whatever the input.
///
/// The walk reads one token (or a group of them) at a time, by what it is:
/// acronyms of sectors, punctuation, a number, a level word and its place,
/// a capitalised word, a lower-case word. Each step takes it into the name
/// and goes on, or ends the name.
fn extent_at_depth<'a>(ctx: &Ctx<'a>, i: usize, head: usize, depth: u8, facts: HeadFacts) -> Extent<'a> {
    let mut walk = Walk::new(ctx, i, head, depth, facts);
    let n = ctx.tokens.len();
    // "Hiện Bộ trình Luật …": an office's head and a verb of speech.
    if head == 1 && walk.head_info.is_some_and(|h| h.office) && verb_after_head(ctx, i) {
        return walk.x;
    }
    while walk.k < n {
        let k = walk.k;
        walk.after_place &= walk.x.end == k;
        let glued = ctx.gaps.get(k) == Some(&Gap::Glued);
        if !glued && !ctx.joined(k - 1) {
            break;
        }
        if walk.sector_acronyms() {
            continue;
        }
        let step = match ctx.kind(k) {
            Some(TokenKind::Punct) => walk.punct(glued),
            Some(TokenKind::Number) => walk.number(glued),
            Some(TokenKind::Word) => match walk.level() {
                Some(step) => step,
                None if ctx.is_cap(k) || ctx.shape(k) == Shape::Mixed => walk.capitalised(),
                None => walk.lower_case(),
            },
            _ => Step::Stop,
        };
        if step == Step::Stop {
            break;
        }
    }
    walk.end_on_whole_word();
    walk.x
}

/// What the walk over a name does after a step: go on, or end the name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    On,
    Stop,
}

/// The walk of [`extent_at_depth`]: what the head says, and how far the
/// name has come.
struct Walk<'c, 'a> {
    ctx: &'c Ctx<'a>,
    /// The head: tokens `i..i + head`, inside `depth` parent bodies.
    i: usize,
    head: usize,
    depth: u8,
    head_info: Option<Head>,
    /// The heads table's match at `i` is the whole head (not a known body
    /// starting with a head word): see [`Walk::named_after_person`].
    whole_head: bool,
    /// A known body ("Ngân hàng Nhà nước") is whole, and a name after it
    /// is its officer's.
    known_whole: bool,
    /// The head is written in lower case, with no role before it.
    lower_head: bool,
    /// "Tỉnh ủy", "UBND": a body complete in itself takes a place after
    /// it, not words saying what it does ("Tỉnh ủy chỉ định …" is a verb).
    complete_head: bool,
    /// The name so far.
    x: Extent<'a>,
    /// The next token to read.
    k: usize,
    /// The name so far ends with a place ("… tỉnh Tuyên Quang"): a number
    /// after it counts something else.
    after_place: bool,
    /// The level word at `k` ([`level_at`]), read by [`Walk::level`]
    /// before the other steps of a word look for a place there.
    level_k: usize,
}

impl<'c, 'a> Walk<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>, i: usize, head: usize, depth: u8, facts: HeadFacts) -> Walk<'c, 'a> {
        let head_match = facts.head_match;
        Walk {
            ctx,
            i,
            head,
            depth,
            head_info: head_match.map(|(_, h)| h),
            whole_head: head_match.is_some_and(|(m, _)| m == head),
            known_whole: head_match.is_none_or(|(m, _)| m < head),
            lower_head: !ctx.is_cap(i) && !role_before(ctx, i),
            complete_head: facts.alone,
            x: Extent { end: i + head, acronym: None, bracket: None, proper: false, bare_level: false, plural: false },
            k: i + head,
            after_place: false,
            level_k: 0,
        }
    }

    /// "Bệnh viện Bạch Mai": a head word alone may take a person's name.
    /// (Asked only when a person follows the head: looked up for every
    /// name, the set's string hash cost more than the rest of the setup.)
    fn named_after_person(&self) -> bool {
        self.whole_head && self.ctx.lex.named_after_people.contains(self.ctx.ltok(self.i))
    }

    /// Takes tokens up to `e` (exclusive) into the name.
    fn take(&mut self, e: usize) -> Step {
        self.k = e;
        self.x.end = e;
        Step::On
    }

    /// Takes tokens up to `e` into the name as a proper part of it.
    fn take_proper(&mut self, e: usize) -> Step {
        self.x.proper = true;
        self.take(e)
    }

    /// The first token after the head.
    fn at_head_end(&self) -> bool {
        self.k == self.i + self.head
    }

    /// "Bộ GD & ĐT", "Bộ GD - ĐT", "Bộ GD ĐT", "Bộ VH, TT&DL", "Bộ NN và
    /// PTNT": the sectors of a name written as acronyms, however joined,
    /// when the two make an acronym the data knows ("GD&ĐT"). True when
    /// taken.
    fn sector_acronyms(&mut self) -> bool {
        let (ctx, k) = (self.ctx, self.k);
        if !(k > self.i + self.head && self.x.end == k && ctx.shape(k - 1) == Shape::Upper) {
            return false;
        }
        let tok = ctx.tok(k);
        let sep = usize::from(matches!(tok, "&" | "-" | ",") || ctx.ltok(k) == "và");
        let a = k + sep;
        if ctx.shape(a) != Shape::Upper || !(sep == 0 || ctx.joined(k) || ctx.gaps.get(a) == Some(&Gap::Glued)) {
            return false;
        }
        let (e, next) = glued_word(ctx, a);
        let prev = ctx.tok(k - 1);
        let known = ["&", "-", ""].iter().any(|j| ctx.lex.org.acronyms.contains_key(&format!("{prev}{j}{next}")));
        if known {
            self.take(e);
        }
        known
    }

    /// Punctuation inside a name: dashes and ampersands of compound names,
    /// commas of an enumeration of sectors, an acronym in brackets.
    fn punct(&mut self, glued: bool) -> Step {
        let (ctx, k, i, head) = (self.ctx, self.k, self.i, self.head);
        let tok = ctx.tok(k);
        let next_cap = ctx.is_cap(k + 1) || ctx.shape(k + 1) == Shape::Mixed;
        let glued_both = glued && ctx.gaps.get(k + 1) == Some(&Gap::Glued);
        let on = match tok {
            // "LĐ-TB&XH", "GD&ĐT", "Việt-Nga", "Covid-19"; not "Thành ủy-HĐND",
            // two bodies.
            "-" | "&"
                if glued_both
                    && (next_cap || ctx.kind(k + 1) == Some(TokenKind::Number))
                    && !(tok == "-" && (head_here(ctx, k + 1) || same_head(ctx, i, head, k + 1))) =>
            {
                true
            }
            // "Bộ Lao động - Thương binh và Xã hội", "Hội hữu nghị Việt Nam - Venezuela",
            // "Johnson & Johnson"; not "Phó Chủ tịch - Tổng Thư ký", not a person.
            "-" | "&" => {
                (!glued || ctx.gaps.get(k + 1) != Some(&Gap::Glued))
                    && (ctx.joined(k) || ctx.gaps.get(k + 1) == Some(&Gap::Glued))
                    && next_cap
                    && !same_head(ctx, i, head, k + 1)
                    && !(self.head_info.is_some_and(|h| h.team)
                        && ctx.phrase_at(k + 1, &ctx.lex.org.heads).is_some_and(|(_, (_, h))| h.team))
                    && (ctx.is_cap(k - 1)
                        || ctx.kind(k - 1) == Some(TokenKind::Number)
                        || (k >= i + head + 2 && ctx.is_cap(k - 2) && ctx.is_word(k - 2, 2))
                        || (self.x.end == k && k > i + head && head_here(ctx, k + 1)))
                    && role_len(ctx, k + 1).is_none()
                    && person_at(ctx, k + 1).is_none()
            }
            // "Bộ Văn hóa, Thể thao và Du lịch".
            "," => {
                glued
                    && ctx.joined(k)
                    && next_cap
                    && !head_here(ctx, k + 1)
                    && role_len(ctx, k + 1).is_none()
                    && enumeration_ahead(ctx, k + 1)
            }
            "(" => {
                self.bracket();
                false
            }
            // "L'Express", "L’Oreal", "O'Reilly": an elided article or
            // patronymic glued to a capitalised word (not "Victoria's").
            "'" | "’" => glued_both && next_cap && super::elided_article(ctx, k),
            _ => false,
        };
        if on {
            self.k += 1;
            Step::On
        } else {
            Step::Stop
        }
    }

    /// An acronym in brackets right after the name, which ends it unless a
    /// place follows the bracket ("Trung tâm Kiểm soát bệnh tật (CDC) Hải
    /// Dương").
    fn bracket(&mut self) {
        let (ctx, k) = (self.ctx, self.k);
        let Some((acr, after)) = bracket_acronym(ctx, k).filter(|_| self.x.end == k) else { return };
        self.x.acronym = Some(acr);
        let country = || ctx.phrase_at(after, &ctx.lex.countries).filter(|_| ctx.is_cap(after)).map(|(m, _)| after + m);
        if let Some(e) = place_at(ctx, after).or_else(country).filter(|_| ctx.joined(after - 1)) {
            self.x.bracket = Some((k, after));
            self.x.end = e;
            self.x.proper = true;
        }
    }

    /// A number in a name: in the slot of a numbered head ("Quân khu 7",
    /// "Covid-19", "số 2"), or ending it ("Trường Tiểu học Châu Hạnh 2");
    /// not a figure counting the next word, not a score ("U17 HAGL 3-0").
    fn number(&mut self, glued: bool) -> Step {
        let (ctx, k) = (self.ctx, self.k);
        let tok = ctx.tok(k);
        let plain = !tok.contains(['.', ',']) && tok.len() <= 4;
        let slot = (self.at_head_end() && self.head_info.is_none_or(|h| h.numbered))
            || ctx.ltok(k - 1) == "số"
            || (glued && ctx.tok(k - 1) == "-");
        let score = ctx.tok(k + 1) == "-" && ctx.kind(k + 2) == Some(TokenKind::Number);
        let ends = (!matches!(ctx.shape(k + 1), Shape::Lower) || ender_at(ctx, k + 1)) && !score;
        // "tại bệnh viện 41 người", "vay ngân hàng 20 tỷ", "công ty 84%":
        // a number before a unit counts; it numbers no body.
        // ("bệnh viện 1-2 tuần": a range of the count; "số 11-12 năm 1956":
        // a year after "năm" is no count.)
        let unit_at = |u: usize| {
            let year_next = ctx.ltok(u) == "năm" && ctx.digits(u + 1).is_some_and(|(_, n)| n == 4);
            ctx.joined(u - 1) && ctx.lex.date.count_after.contains(ctx.ltok(u)) && !year_next
        };
        let count = unit_at(k + 1) || (score && unit_at(k + 3));
        if plain && !count && (slot || (ends && tok.len() <= 3 && self.x.end == k && !self.after_place)) {
            return self.take_proper(k + 1);
        }
        Step::Stop
    }

    /// "tỉnh Yên Bái", "quận 10", "TP.HCM": the unit of the body; "UBND
    /// tỉnh", "UBND TP": the unit of the text, a kind of body. ("Tỉnh ủy",
    /// "Thành ủy" are bodies of their own.) `None` when the word is no
    /// level word, or a capitalised one the name goes on after.
    fn level(&mut self) -> Option<Step> {
        let (ctx, k) = (self.ctx, self.k);
        // (The level word first: a byte test rules out nearly every word,
        // where a head or known body is two trie walks. A capitalised level
        // word opening another body, "Tỉnh ủy", is no level.)
        let lv = level_at(ctx, k);
        self.level_k = lv;
        if lv == 0 || (ctx.is_cap(k) && head_here(ctx, k)) {
            return None;
        }
        if let Some(e) = place_after_level(ctx, k, lv) {
            self.take_proper(e);
            self.after_place = ctx.kind(e - 1) != Some(TokenKind::Number);
            return Some(Step::On);
        }
        let after = k + lv;
        // (A person's name after a province's level word: "Chủ tịch UBND
        // tỉnh Nguyễn Văn Trì" is the chairman of the province's committee.)
        let closes = ctx.kind(after) != Some(TokenKind::Word)
            || !ctx.joined(after - 1)
            || ender_at(ctx, after)
            || ctx.ltok(after) == "và"
            || (ctx.shape(after) == Shape::Lower && !leads_on(ctx, after))
            || (province_level(ctx, k) && name_after_level(ctx, after).is_some());
        if closes {
            if self.x.end == k && !self.x.proper {
                self.x.end = after;
                self.x.bare_level = true;
            }
            return Some(Step::Stop);
        }
        let cap = ctx.is_cap(k) || ctx.shape(k) == Shape::Mixed;
        (!cap).then_some(Step::Stop)
    }

    /// A capitalised word: a legal form, a place, a country, a board of a
    /// role, a known or parent body, an acronym, a person the body is
    /// named after, or a proper word of the name; or the start of what
    /// follows the name.
    fn capitalised(&mut self) -> Step {
        let (ctx, k, i, head) = (self.ctx, self.k, self.i, self.head);
        if self.officer_after_known() {
            return Step::Stop;
        }
        if let Some((m, _)) = ctx.phrase_at(k, &ctx.lex.org.legal_forms) {
            return self.take(k + m);
        }
        // "Bệnh viện Lao và bệnh phổi …": a phrase of official names that
        // the press capitalises, "và" and all.
        if ctx.feat(k).any(Feat::NAME_PHRASE_FIRST) {
            if let Some((m, _)) = ctx.phrase_at(k, &ctx.lex.org.name_phrases) {
                return self.take(k + m);
            }
        }
        if let Some(e) = place_after_level(ctx, k, self.level_k) {
            self.after_place = true;
            return self.take_proper(e);
        }
        if let Some((m, _)) = ctx.phrase_at(k, &ctx.lex.countries).filter(|_| ctx.is_cap(k)) {
            self.after_place = true;
            return self.take_proper(k + m);
        }
        // "Ban Tổng Giám đốc", "Ban Giám hiệu": the board of those who hold a role.
        if self.at_head_end() && matches!(ctx.ltok(i), "ban" | "đoàn" | "hội") && head == 1 {
            if let Some((m, _)) = ctx.phrase_at(k, &ctx.lex.roles) {
                return self.take(k + m);
            }
        }
        // A known body after a sub-body: "Ban Tổng Giám đốc Hoàng Anh Gia Lai".
        if k > i + head {
            if let Some((m, _)) = known_at(ctx, k) {
                return self.take_proper(k + m);
            }
        }
        // "Trường THPT chuyên Lê Hồng Phong", "Bệnh viện Bạch Mai": named after a person.
        if let Some(e) = person_at(ctx, k) {
            if self.named_after_person() && !self.x.proper && self.x.end == k {
                return self.take_proper(e);
            }
            // "trường Sen Vàng Phạm Thị Tân", "Công ty Hoàng Nguyễn Văn Nam": a
            // given-name syllable before a full name whose family name is
            // followed by "Thị" or "Văn" (the middle names that follow the
            // family name) ends the body's name; the person starts after it
            // (not "Nguyễn Lê Minh Anh", a name of two family names).
            let later = e - k >= 4
                && ctx.feat(k).any(Feat::GIVEN)
                && ctx.joined(k)
                && matches!(ctx.ltok(k + 2), "thị" | "văn")
                && person_at(ctx, k + 1).is_some_and(|e2| e2 == e);
            if later {
                return self.take_proper(k + 1);
            }
            return Step::Stop;
        }
        if self.verb_head_before_event() {
            self.x.plural = true;
            return Step::Stop;
        }
        if role_len(ctx, k).is_some() {
            return Step::Stop;
        }
        // "T.Ư": an abbreviation, not part of the name.
        if ctx.tok(k).chars().count() == 1 && ctx.tok(k + 1) == "." {
            return Step::Stop;
        }
        if let Some((h, known)) = head_at(ctx, k) {
            return self.parent(h, known);
        }
        if ctx.shape(k) == Shape::Upper && ctx.tok(k).chars().count() >= 2 {
            return self.acronym();
        }
        if self.next_sentence_opens() {
            return Step::Stop;
        }
        if !ctx.lex.org_words.contains(ctx.ltok(k)) {
            self.x.proper = true;
        }
        self.take(k + 1)
    }

    /// "Chánh án TAND tối cao Nguyễn Hòa Bình": a known body is whole;
    /// capitalised words from a family name on, right after it, name its
    /// officer (even when they end like a place).
    fn officer_after_known(&self) -> bool {
        let (ctx, k) = (self.ctx, self.k);
        self.known_whole
            && self.at_head_end()
            && ctx.feat(k).any(Feat::SURNAME)
            && ctx.shape(k) == Shape::Title
            && ctx.joined(k)
            && ctx.shape(k + 1) == Shape::Title
            && place_after_level(ctx, k, self.level_k).is_none()
    }

    /// "Tổ chức Hội nghị …": a head that is also a verb ("tổ chức") before
    /// an event is that verb ("Ban Tổ chức Lễ hội …" is a body).
    fn verb_head_before_event(&self) -> bool {
        let (ctx, k, i, head) = (self.ctx, self.k, self.i, self.head);
        self.at_head_end()
            && ctx.phrase_at(i, &ctx.lex.org_enders).is_some_and(|(m, _)| m == head)
            && ctx
                .phrase_at(k, &ctx.lex.org.not_heads)
                .is_some_and(|(m, (_, place))| !*place && head_word_at(ctx, k).is_none_or(|h| h < m))
    }

    /// A parent body after a sub-body (head of `h` tokens at the walk):
    /// "Ban Thường vụ Tỉnh ủy", "Đảng ủy Bộ Tài nguyên và Môi trường",
    /// "Văn phòng Ủy ban …". A known body is taken whole; another is read
    /// to its end, and ends this name there.
    fn parent(&mut self, h: usize, known: bool) -> Step {
        let (ctx, k) = (self.ctx, self.k);
        if known {
            return self.take_proper(k + h);
        }
        if self.depth >= 2 {
            return Step::Stop;
        }
        let e = extent_at_depth(ctx, k, h, self.depth + 1, HeadFacts::at(ctx, k, h));
        // "Ban quản lý Hội xuân …": a head with no name after it is no
        // parent, unless it is a body alone ("… Tỉnh ủy").
        let alone = ctx.lex.org_generic.contains(&ctx.lower[ctx.tokens[k].start()..ctx.tokens[k + h - 1].end()]);
        if e.end == k + h && !alone {
            return Step::Stop;
        }
        self.take(e.end);
        self.x.proper |= e.proper;
        self.x.acronym = e.acronym;
        self.x.bracket = e.bracket;
        Step::Stop
    }

    /// An acronym ends the name unless it is part of it ("Sở GD&ĐT", "Ủy
    /// ban MTTQ tỉnh", "CLB HAGL").
    fn acronym(&mut self) -> Step {
        let ctx = self.ctx;
        let written = glued_word(ctx, self.k);
        let part = self.at_head_end()
            || ctx.lex.org.acronym(written.1).is_some_and(|a| a.takes_place || a.generic)
            || ctx.lex.acronyms.get(written.1).is_some_and(|a| a.1);
        if !part {
            return Step::Stop;
        }
        self.take(written.0);
        // "Sở GD&ĐT", "Liên hiệp CTCHN": a kind or a sector, not a proper part.
        self.x.proper |= !ctx.lex.org.is_generic_acronym(written.1);
        Step::On
    }

    /// A capitalised word after the head that opens the next sentence or
    /// phrase: a time word or verb of one syllable ("khoa Hồi sức ngoại
    /// Ngày 16/5 …"), a function word ("U18 Việt Nam Theo thông tin …"), a
    /// word going on in lower case after a capitalised one ("Việt Nam Đổi
    /// mới…", a headline run on).
    fn next_sentence_opens(&self) -> bool {
        let (ctx, k) = (self.ctx, self.k);
        if k <= self.i + self.head {
            return false;
        }
        let title = ctx.shape(k) == Shape::Title;
        (title
            && !ctx.is_cap(k - 1)
            && ender_at(ctx, k)
            && ctx.phrase_at(k, &ctx.lex.org_enders).is_some_and(|(m, _)| m == 1))
            || (title
                && ctx.feat(k).any(Feat::STOPWORD)
                && !ctx.lex.org_words.contains(ctx.ltok(k))
                && !(ctx.shape(k + 1) == Shape::Lower && ctx.is_word(k, 2)))
            || ((ctx.is_cap(k - 1) || ctx.tok(k - 1) == "-")
                && ctx.shape(k + 1) == Shape::Lower
                && (self.after_place || !ctx.lex.org_words.contains(ctx.ltok(k + 1)))
                && ctx.is_word(k, 2)
                && !head_here(ctx, k))
    }

    /// A lower-case word: a plural ("các", "những"), an ender, "và", "số",
    /// "tại", "của", the end of a capitalised word, or a word of official
    /// names.
    fn lower_case(&mut self) -> Step {
        let (ctx, k, i, head) = (self.ctx, self.k, self.i, self.head);
        let w = ctx.ltok(k);
        if matches!(w, "các" | "những") && self.plural_kind() {
            self.x.plural = true;
            return Step::Stop;
        }
        if !matches!(ctx.ltok(k - 1), "các" | "những") && ender_at(ctx, k) {
            return self.field();
        }
        // "Ban Quản lý chợ Bát Tràng", "Ban quản lý di tích Yên Tử": a
        // management board is named by the facility or the event it
        // manages, whose word would end another name.
        if self.at_head_end() && &ctx.lower[ctx.tokens[i].start()..ctx.tokens[i + head - 1].end()] == "ban quản lý" {
            if let Some((m, _)) = ctx.phrase_at(k, &ctx.lex.org.not_heads) {
                if ctx.joined(k + m - 1) && ctx.is_cap(k + m) {
                    // (The facility's own name, a person's name as often
                    // as not: "chợ Hoa Lư", "đền Trần".)
                    let mut e = k + m + 1;
                    while e < k + m + 4 && ctx.joined(e - 1) && ctx.shape(e) == Shape::Title {
                        e += 1;
                    }
                    return self.take_proper(e);
                }
            }
        }
        match w {
            // "CTCP Bia Sài Gòn miền Tây", "Cảng vụ Hàng không miền Nam": a
            // region of the country closes the name of a branch.
            "miền" if ctx.joined(k) && matches!(ctx.tok(k + 1), "Bắc" | "Trung" | "Nam" | "Tây" | "Đông") => {
                return self.take_proper(k + 2);
            }
            "và" => return self.coordinated(),
            // "Cụm thi đua số 1", "Đoàn số 2".
            "số" if ctx.kind(k + 1) == Some(TokenKind::Number) && ctx.joined(k) => return self.take_proper(k + 2),
            "tại" => return self.posting(),
            "của" => return self.belongs_to(),
            _ => {}
        }
        // "Bộ Kế hoạch", "Sở Giáo dục và Đào tạo": a capitalised syllable and
        // the lower-case one completing its word.
        if k > i + head && ctx.is_cap(k - 1) && ctx.is_word(k - 1, 2) {
            return self.take(k + 1);
        }
        let m = name_word_at(ctx, k);
        // "Công ty CP kính Nam Việt Hưng", "Công ty TNHH gốm Bát Tràng",
        // "Công ty CP thiết bị y tế Thịnh Phát": the line of business after
        // the legal form, on the way to the company's own name; also where
        // the words of official names would cut a word ("thiết" of "thiết
        // bị").
        let cuts_word = m > 0 && ctx.joined(k + m - 1) && ctx.shape(k + m) == Shape::Lower && ctx.is_word(k + m - 1, 2);
        if m == 0 || cuts_word {
            if let Some(e) = self.business_line() {
                // (The line is part of the name, whatever follows it.)
                return self.take(e);
            }
        }
        if m == 0 {
            return Step::Stop;
        }
        let phrase = m > 1;
        // After the proper part of a name ("Công ty Panasonic") lower-case
        // words continue it only on the way to a place or another
        // capitalised word ("Hội hữu nghị Việt Nam - Lào tỉnh …").
        // After a place the name is complete ("UBND tỉnh Kon Tum cấp …").
        if self.after_place && !phrase {
            return Step::Stop;
        }
        // After a lower-case head ("bệnh viện trình báo Công an …") a
        // run of such words that reaches another body is a verb phrase.
        if ((self.x.proper || self.complete_head) && !phrase && !leads_on(ctx, k))
            || (self.lower_head && run_reaches_head(ctx, k))
        {
            return Step::Stop;
        }
        self.k = k + m;
        if !matches!(w, "các" | "và" | "người" | "những") {
            self.x.end = self.k;
        }
        Step::On
    }

    /// Lower-case words right after a company's legal form ("CP", "TNHH",
    /// "cổ phần") that reach a capitalised word: the company's line of
    /// business ("kính", "gốm sứ", "xây dựng", "thiết bị y tế", "xây dựng
    /// và thương mại"), one to three words, read as the word list cuts them
    /// (maybe joined by "và"), that are no function
    /// word and close no name ("bị" alone is a function word, "thiết bị"
    /// a word). The token where the capitalised name starts.
    fn business_line(&self) -> Option<usize> {
        let (ctx, k) = (self.ctx, self.k);
        let legal_before = (k.saturating_sub(5)..k).any(|s| {
            ctx.feat(s).any(Feat::LEGAL_FIRST)
                && ctx.phrase_at(s, &ctx.lex.org.legal_forms).is_some_and(|(m, _)| s + m == k)
        });
        if !legal_before || self.x.end != k {
            return None;
        }
        let lower = |j: usize| ctx.shape(j) == Shape::Lower && ctx.kind(j) == Some(TokenKind::Word);
        let (mut e, mut words) = (k, 0);
        while words < 3
            && (e == k || ctx.joined(e - 1))
            && lower(e)
            && !ender_at(ctx, e)
            && ctx.phrase_at(e, &ctx.lex.person.verbs).is_none()
            // ("HTX ở Tây Nguyên": a preposition and a place.)
            && !ctx.lex.fact.single(ctx.ids[e]).any(Class::PREP)
        {
            // ("xây dựng và thương mại": two lines joined.)
            if words > 0 && ctx.ltok(e) == "và" && ctx.joined(e) && lower(e + 1) {
                e += 1;
                continue;
            }
            let pair = ctx.joined(e) && lower(e + 1) && ctx.is_word(e, 2);
            if !pair && ctx.feat(e).any(Feat::STOPWORD) {
                break;
            }
            e += if pair { 2 } else { 1 };
            words += 1;
        }
        // ("Công ty TNHH gửi Bộ Công Thương": a verb and another body.)
        (e > k && ctx.joined(e - 1) && ctx.shape(e) == Shape::Title && !head_here(ctx, e)).then_some(e)
    }

    /// "các"/"những" and a plural noun at the walk ("Tổng Lãnh sự quán các
    /// nước"): the body is a kind in the plural, unless the name goes on to
    /// a place or a capitalised word; "Sở Tài nguyên và Môi trường các tỉnh
    /// Lâm Đồng, Đồng Nai" is a kind of body in several units, not one body
    /// of the first.
    fn plural_kind(&self) -> bool {
        let (ctx, k) = (self.ctx, self.k);
        let Some((m, _)) = ctx.phrase_at(k + 1, &ctx.lex.org.plural_nouns) else { return false };
        let after = k + 1 + m;
        let goes_on = ctx.joined(after - 1)
            && (place_at(ctx, after).is_some() || ctx.is_cap(after) || name_word_at(ctx, after) > 0);
        self.at_head_end() || !goes_on || level_at(ctx, k + 1) > 0
    }

    /// An ender at the walk ends the name, except the field of a department
    /// right after its head ("Phòng xây dựng phong trào Bảo vệ …", "Ban
    /// Chỉ đạo xây dựng NTM huyện …").
    fn field(&mut self) -> Step {
        let (ctx, k) = (self.ctx, self.k);
        let inner = ctx.phrase_at(k, &ctx.lex.org_enders).map_or(0, |(m, _)| m);
        let field = self.at_head_end()
            && inner > 0
            && ctx.lex.org.inner_enders.contains(&ctx.lower[ctx.tokens[k].start()..ctx.tokens[k + inner - 1].end()])
            && ctx.joined(k + inner - 1)
            && (leads_on(ctx, k + inner) || ctx.shape(k + inner) == Shape::Upper);
        if !field {
            return Step::Stop;
        }
        self.k += inner;
        Step::On
    }

    /// "và" inside a name: "Bảo tàng và Thư viện", "Bộ Tài nguyên và Môi
    /// trường", "khoa học và giáo dục".
    fn coordinated(&mut self) -> Step {
        let (ctx, k, i, head) = (self.ctx, self.k, self.i, self.head);
        let next_head = head_here(ctx, k + 1);
        let capital = ctx.is_cap(k + 1) && person_at(ctx, k + 1).is_none() && role_len(ctx, k + 1).is_none();
        let institutions = self.at_head_end()
            && next_head
            && ctx.lex.institutions.contains(ctx.ltok(i))
            && ctx.lex.institutions.contains(ctx.ltok(k + 1));
        let coordinated = institutions
            || (capital && !next_head && self.x.end == k && k > i + head && !self.x.proper)
            || (k > i + head
                && ctx.shape(k - 1) == Shape::Lower
                && ctx.shape(k + 1) == Shape::Lower
                && !matches!(ctx.ltok(k + 1), "các" | "những")
                && name_word_at(ctx, k + 1) > 0);
        if !coordinated {
            return Step::Stop;
        }
        self.k += 1;
        Step::On
    }

    /// "tại": "Đại sứ quán Cuba tại Việt Nam", "Tổng Lãnh sự quán Nhật Bản
    /// tại TP.HCM": a posting, not a venue.
    fn posting(&mut self) -> Step {
        let (ctx, k) = (self.ctx, self.k);
        let posting = self.head_info.is_some_and(|h| h.posting);
        let place = ctx.phrase_at(k + 1, &ctx.lex.countries).map(|(m, _)| k + 1 + m).or_else(|| place_at(ctx, k + 1));
        match place.filter(|_| posting && self.x.end == k && ctx.joined(k)) {
            Some(e) => self.take_proper(e),
            None => Step::Stop,
        }
    }

    /// "của": "… của Quốc hội", the national body the name belongs to; "…
    /// của tỉnh Hà Nam", the unit. Only after a name ("Đội tàu … của VIMC"
    /// is a fleet, "báo của HSX" a report).
    fn belongs_to(&mut self) -> Step {
        let (ctx, k) = (self.ctx, self.k);
        let named = self.x.proper || (self.i + 1..k).any(|j| ctx.is_cap(j));
        if !named {
            return Step::Stop;
        }
        if let Some((h, _)) = known_at(ctx, k + 1).filter(|(h, _)| *h <= 3) {
            return self.take_proper(k + 1 + h);
        }
        if let Some(e) = place_at(ctx, k + 1).filter(|_| level_at(ctx, k + 1) > 0) {
            return self.take_proper(e);
        }
        Step::Stop
    }

    /// "Bệnh viện Đại học Y Dược chủ yếu …": a name does not end inside a
    /// word that goes on after it.
    fn end_on_whole_word(&mut self) {
        let (ctx, x) = (self.ctx, &mut self.x);
        while x.end > self.i + self.head + 1 && x.bracket.is_none() && ends_inside_word(ctx, x.end) {
            x.end -= 1;
        }
    }
}

/// True when a name ending before token `end` would end inside a word
/// of two lower-case syllables that goes on after it ("… chủ yếu",
/// "… đối với").
pub(crate) fn ends_inside_word(ctx: &Ctx, end: usize) -> bool {
    ctx.shape(end - 1) == Shape::Lower
        && ctx.joined(end - 1)
        && ctx.shape(end) == Shape::Lower
        && ctx.is_word(end - 1, 2)
}

/// "Bộ trình Luật …", "Sở đề nghị UBND tỉnh …": a capitalised head word
/// standing for a body named before (`refh` in `fact_words.tsv`), then a
/// verb of speech in lower case before a capitalised word or a stop: the
/// head is the verb's subject, and no name follows it.
fn verb_after_head(ctx: &Ctx, i: usize) -> bool {
    let k = i + 1;
    if !ctx.is_cap(i) || ctx.shape(k) != Shape::Lower || !ctx.joined(i) || ctx.is_word(i, 2) {
        return false;
    }
    let Some((m, (_, kind))) = ctx.phrase_at(k, &ctx.lex.person.verbs) else { return false };
    // ("Sở giao thông": a syllable opening a longer word is that word.)
    let whole = !(ctx.joined(k + m - 1) && ctx.shape(k + m) == Shape::Lower && ctx.is_word(k + m - 1, 2));
    let next = k + m;
    let stop = !ctx.joined(next - 1) || ctx.kind(next) != Some(TokenKind::Word) || ctx.is_cap(next);
    *kind == crate::lexicon::people::VerbKind::Speech
        && whole
        && stop
        && ctx.lex.fact.refers.get(ctx.ltok(i)) == Some(&crate::lexicon::facts::Refers::Head)
}

/// From a lower-case word of a name at `k`: true when the run of such words
/// reaches a capitalised word, a number or a place within a few words.
fn leads_on(ctx: &Ctx, mut k: usize) -> bool {
    let limit = k + 6;
    let first = k;
    // "bệnh viện Bạch Mai tối 19-3", "Trường THPT Quang Trung sáng nay": a
    // date after the name ends it.
    if opens_date(ctx, k) {
        return false;
    }
    while k < limit {
        let lv = level_at(ctx, k);
        if lv > 0 && place_after_level(ctx, k, lv).is_some() {
            return true;
        }
        if ender_at(ctx, k) {
            return false;
        }
        let m = name_word_at(ctx, k);
        if m == 0 || ctx.ltok(k) == "và" {
            return false;
        }
        k += m;
        if !ctx.joined(k - 1) {
            return false;
        }
        // The head of another body after the run: a verb by which one body
        // directs another ends the first ("UBND TP giao Sở Nội vụ …", "Bộ
        // chỉ đạo Tổng cục …"); a department's field before its parent body
        // is part of its name ("Khoa Thận nhân tạo Bệnh viện Bạch Mai"), but
        // leads on no further than that head ("UBND TP giao UBND huyện …").
        if head_here(ctx, k) && directive_at(ctx, first) {
            return false;
        }
        // A number numbers a body ("Ban Chỉ đạo 389 tỉnh …", "Tổng công ty
        // xây dựng số 1 với …"), not when it is a quantity: after a verb or a
        // preposition of the fact tables ("… bàn giao 10 tàu", "… nợ 7,5
        // tỷ", "xét tuyển khối A từ 20 điểm") or before a unit ("… âm 34,5
        // tỷ đồng").
        let counts = || {
            let c = ctx.lex.fact.single(ctx.ids[k - 1]);
            c.any(Class::VERB | Class::PREP) || ctx.joined(k) && ctx.lex.units.get(ctx.ltok(k + 1)).is_some()
        };
        if (ctx.is_cap(k) && person_at(ctx, k).is_none() && role_len(ctx, k).is_none() && !head_here(ctx, k))
            || ctx.kind(k) == Some(TokenKind::Number) && !counts()
        {
            return true;
        }
    }
    false
}

/// Whether a word for a part of the day, a day or "hôm" at `k` opens a
/// date: a number or a word of days relative to today after it ("tối
/// 19-3", "sáng nay", "ngày 5/6", "hôm qua").
fn opens_date(ctx: &Ctx, k: usize) -> bool {
    use crate::lexicon::dates::kind as K;
    if !ctx.feat(k).any(Feat::DATE_FIRST) {
        return false;
    }
    let Some((n, (_, w))) = ctx.phrase_at(k, &ctx.lex.date.words) else { return false };
    if !w.is(K::PART | K::DAY | K::HOM) || !ctx.joined(k + n - 1) {
        return false;
    }
    ctx.kind(k + n) == Some(TokenKind::Number)
        || ctx.phrase_at(k + n, &ctx.lex.date.words).is_some_and(|(_, (_, w))| w.is(K::DEICTIC | K::SHORT_DEICTIC))
}

/// Whether a verb by which one body directs another ("giao", "chỉ đạo",
/// "yêu cầu": the facts' causative verbs) or speaks to it ("đề nghị",
/// "trình báo": the people's speech verbs) is written at `k`.
/// The verb must be a whole word: "điều" (to send) is no verb in "điều
/// tra" (to investigate).
fn directive_at(ctx: &Ctx, k: usize) -> bool {
    use crate::lexicon::facts::Class;
    // (A syllable that makes a word with the next one is that word.)
    let whole = |m: usize| !(ctx.joined(k + m - 1) && ctx.shape(k + m) == Shape::Lower && ctx.is_word(k + m - 1, 2));
    let fact = ctx.phrase_at(k, &ctx.lex.fact.phrases).map(|(m, (_, c))| (m, *c));
    let single = ctx.ids.get(k).map(|&id| (1, ctx.lex.fact.single(id)));
    fact.into_iter().chain(single).any(|(m, c)| c.any(Class::CAUS) && whole(m))
        || ctx
            .phrase_at(k, &ctx.lex.person.verbs)
            .is_some_and(|(m, (_, kind))| *kind == crate::lexicon::people::VerbKind::Speech && whole(m))
}

/// True when the head `i..i + head` is written again at `k` ("U23 Việt
/// Nam - U23 Malaysia"): a pairing of two bodies, not one name.
pub(super) fn same_head(ctx: &Ctx, i: usize, head: usize, k: usize) -> bool {
    (0..head).all(|j| ctx.ids.get(i + j).is_some_and(|&id| id != 0 && ctx.ids.get(k + j) == Some(&id)))
}

/// From a lower-case word of a name at `k`: true when the run of such words
/// ends at the head of another body.
fn run_reaches_head(ctx: &Ctx, mut k: usize) -> bool {
    let limit = k + 6;
    while k < limit {
        let m = name_word_at(ctx, k);
        if m == 0 || ender_at(ctx, k) || !ctx.joined(k + m - 1) {
            return false;
        }
        k += m;
        if ctx.is_cap(k) {
            return head_here(ctx, k);
        }
    }
    false
}

/// The glued run of tokens from `k` that spells one written word
/// ("GD&ĐT", "LĐ-TB&XH", "VOV.VN"): end token and text.
pub(super) fn glued_word<'a>(ctx: &Ctx<'a>, k: usize) -> (usize, &'a str) {
    let mut e = k + 1;
    while e + 1 < ctx.tokens.len()
        && e < k + 9
        && ctx.gaps[e] == crate::lexicon::Gap::Glued
        && matches!(ctx.tok(e), "&" | "-" | ".")
        && ctx.gaps[e + 1] == crate::lexicon::Gap::Glued
        && (matches!(ctx.shape(e + 1), Shape::Upper | Shape::Title | Shape::Mixed)
            || ctx.kind(e + 1) == Some(TokenKind::Number))
    {
        e += 2;
    }
    (e, &ctx.text[ctx.tokens[k].start()..ctx.tokens[e - 1].end()])
}

/// ", Thể thao và Du lịch": capitalised words then "và" and a capitalised word.
fn enumeration_ahead(ctx: &Ctx, mut k: usize) -> bool {
    let limit = k + 6;
    while k < limit && k < ctx.tokens.len() {
        if ctx.ltok(k) == "và" {
            return ctx.is_cap(k + 1);
        }
        if !(ctx.is_cap(k) || ctx.tok(k) == "," || ctx.lex.org_words.contains(ctx.ltok(k))) {
            return false;
        }
        k += 1;
    }
    false
}
