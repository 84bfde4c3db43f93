//! Titles: the roles written before or after a name, their qualifiers,
//! the bodies they name (written, elided or a country), and chains of
//! titles shared over lists.

use super::*;

/// The qualifier (kept in the role or not) and the role starting at `i`:
/// (start of the role text, tokens used, entry).
pub(super) type RoleEntry = (String, (String, RoleKind));

/// First word of a role of either table.
pub(super) const ANY_ROLE_FIRST: Feat = Feat(Feat::ROLE_FIRST.0 | Feat::MORE_ROLE_FIRST.0);

/// First word of a title: a role's, or a qualifier's before a role
/// ([`role_at`] reads nothing at any other word).
pub(super) const TITLE_FIRST: Feat = Feat(ANY_ROLE_FIRST.0 | Feat::QUALIFIER_FIRST.0);

/// The longest role of either role table starting at token `k`.
pub(super) fn role_entry<'l>(ctx: &Ctx<'l>, k: usize) -> Option<(usize, &'l RoleEntry)> {
    let a = ctx.phrase_at(k, &ctx.lex.roles);
    let b = ctx.phrase_at(k, &ctx.lex.person.more_roles);
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.0 > x.0 { y } else { x }),
        (x, y) => x.or(y),
    }
}

/// What a title needs of the name after it (bits of [`title_at`]'s flags).
pub(super) const ABBREV: u8 = 1;
/// The role is in lower case though the press capitalises it: a title
/// only before a full name ("thủ tướng Phạm Minh Chính").
pub(super) const LOWERED: u8 = 2;
/// The body ends with a posting ("Đại sứ Mỹ tại Liên Hợp Quốc"): the title
/// is whole, and a comma after it does not open a second title of the
/// same person ("Theo phóng viên TTXVN tại Đức, Bộ trưởng Quốc phòng …").
pub(super) const POSTED: u8 = 4;

pub(super) fn role_at<'l>(ctx: &Ctx<'l>, i: usize, lower_ok: bool) -> Option<(usize, usize, &'l RoleEntry, u8, usize)> {
    let mut k = i;
    let mut text_start = i;
    if ctx.feat(k).any(Feat::QUALIFIER_FIRST) {
        if let Some((q, (_, keep))) = ctx.phrase_at(k, &ctx.lex.person.qualifiers) {
            if ctx.joined(k + q - 1) && ctx.feat(k + q).any(ANY_ROLE_FIRST) {
                if !keep {
                    text_start = k + q;
                }
                k += q;
            }
        }
    }
    if !ctx.feat(k).any(ANY_ROLE_FIRST) || ctx.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    // "Đoàn Chủ tịch", "Ban Chủ nhiệm": the name of a body, not a role.
    if k > 0 && ctx.joined(k - 1) && ctx.is_cap(k - 1) && matches!(ctx.ltok(k - 1), "đoàn" | "ban") && k == i {
        return None;
    }
    let (n, entry) = role_entry(ctx, k)?;
    // "Đại sứ quán" is a body, not "Đại sứ".
    if ctx.phrase_at(k, &ctx.lex.org_heads).is_some_and(|(h, _)| h > n) {
        return None;
    }
    let meta = ctx.lex.person.roles.get(&entry.0).copied();
    // "ông Võ Sĩ Sơn": right after a form of address, a role the press
    // writes in lower case, capitalised and opening with a family name
    // ("Võ"), is the person's name, not the role ("võ sĩ", a boxer).
    let addressed = k > 0
        && ctx.joined(k - 1)
        && super::honorific_at(ctx, k - 1).is_some_and(|(h, _)| h == 1)
        && ctx.is_cap(k)
        && ctx.feat(k).any(Feat::SURNAME)
        && meta.is_some_and(|m| m.lower_ok);
    if addressed && k == i {
        return None;
    }
    let cap = ctx.is_cap(k) || (text_start < k && ctx.is_cap(text_start));
    let written_ok = cap || meta.is_some_and(|m| m.lower_ok);
    let abbrev_short = meta.is_some_and(|m| m.abbrev) && ctx.tok(k).chars().count() <= 2;
    let flags = u8::from(abbrev_short) * ABBREV + u8::from(!written_ok) * LOWERED;
    (written_ok || lower_ok).then_some((text_start, k + n - text_start, entry, flags, k))
}

/// The role text as written; in text without diacritics, the table's
/// form of the role ("Chu tich" → "Chủ tịch") after the qualifier.
pub(super) fn role_text<'a>(ctx: &Ctx<'a>, s: usize, e: usize, display: &str, role_start: usize) -> Cow<'a, str> {
    if ctx.restore.is_some() {
        let q = &ctx.text[ctx.tokens[s].start()..ctx.tokens[role_start].start()];
        return Cow::Owned(format!("{q}{display}"));
    }
    Cow::Borrowed(span_text(ctx, s, e))
}

/// The text of tokens `a..b` as written (borrowed: a title's words stay
/// slices of the text until the document keeps them).
pub(super) fn span_text<'a>(ctx: &Ctx<'a>, a: usize, b: usize) -> &'a str {
    &ctx.text[ctx.tokens[a].start()..ctx.tokens[b - 1].end()]
}

/// The end of a place name after a place word at `k` ("Quảng Nam",
/// "Krông Pa"): a province, or capitalised words up to a person's name.
pub(super) fn place_end(ctx: &Ctx, k: usize) -> Option<usize> {
    if !ctx.is_cap(k) {
        return None;
    }
    if let Some(n) = province_at(ctx, k) {
        return Some(k + n);
    }
    let r = run_at(ctx, k);
    let mut e = k;
    for j in 0..r.n.min(3) {
        if j > 0 && name_at(ctx, r.u(j).s).is_some() {
            break;
        }
        e = r.u(j).e;
    }
    (e > k).then_some(e)
}

/// A body the role names without writing it in full (role_bodies.tsv):
/// "Phó Chủ tịch tỉnh Quảng Nam" → "UBND tỉnh Quảng Nam", "Thứ trưởng Y
/// tế" → "Bộ Y tế". Returns (body, end token).
pub(super) fn elided_body<'a>(ctx: &Ctx<'a>, role_key: &str, k: usize) -> Option<(Cow<'a, str>, usize)> {
    let rows = ctx.lex.person.role_bodies.get(role_key)?;
    for (after, template) in rows {
        if after == "@" {
            // "Giám đốc điều hành Facebook": one capitalised word alone, not
            // a body's head ("Giám đốc Cty CP …").
            let r = run_at(ctx, k);
            let lone = r.n == 1
                && r.u(0).e == k + 1
                && !is_initial(ctx, r.u(0))
                && head_at(ctx, k).is_none_or(|(_, known)| known);
            if lone && !viet_ok(ctx, r.u(0)) && foreign_shape(ctx, r.u(0)) {
                return Some((Cow::Borrowed(span_text(ctx, k, k + 1)), k + 1));
            }
            continue;
        }
        if after == "*" {
            // A field: capitalised words (with the lower-case syllable that
            // completes a word), not a body's own name, not a person.
            if !ctx.is_cap(k) || head_at(ctx, k).is_some() || name_at(ctx, k).is_some() {
                continue;
            }
            let mut e = k;
            while e < ctx.tokens.len() && e < k + 5 {
                if e > k && !ctx.joined(e - 1) {
                    break;
                }
                if ctx.is_cap(e) {
                    if e > k && (name_at(ctx, e).is_some() || ctx.phrase_at(e, &ctx.lex.countries).is_some()) {
                        break;
                    }
                    // A word no Vietnamese text has is no field of a ministry:
                    // "Bộ trưởng (Quốc phòng) Ashton Carter" names the holder.
                    let u = Unit { s: e, e: e + 1 };
                    if ctx.shape(e) == Shape::Title && !viet_ok(ctx, u) && foreign_shape(ctx, u) {
                        break;
                    }
                    e += 1;
                } else if e > k
                    && (ctx.is_cap(e - 1) && ctx.is_word(e - 1, 2) || ctx.ltok(e) == "và" && ctx.is_cap(e + 1))
                {
                    e += 1;
                } else {
                    break;
                }
            }
            // One capitalised word completing a word at least ("Y tế",
            // "Tài chính", "Công Thương").
            if e > k + 1 || (e == k + 1 && ctx.shape(k) == Shape::Upper) {
                let field = span_text(ctx, k, e);
                return Some((Cow::Owned(template.replace("{}", field)), e));
            }
            continue;
        }
        // (Most rows fail at their first word: it is compared in place
        // before the row is cut into words.)
        if !first_word_is(after, ctx.raw(k)) {
            continue;
        }
        let words_match = after.split(' ').enumerate().all(|(j, w)| ctx.raw(k + j) == w);
        // (Words counted only for a row that matches.)
        if !words_match {
            continue;
        }
        let n = after.split(' ').count();
        if !ctx.joined(k + n - 1) {
            continue;
        }
        let e = place_end(ctx, k + n)?;
        return Some((Cow::Owned(template.replace("{}", span_text(ctx, k, e))), e));
    }
    None
}

/// True when the first word of `words` (cut at spaces) is `w`.
fn first_word_is(words: &str, w: &str) -> bool {
    words.as_bytes().starts_with(w.as_bytes()) && matches!(words.as_bytes().get(w.len()), None | Some(b' '))
}

/// A sports team written in lower case after an occupation ("HLV đội
/// tuyển Việt Nam", "tiền đạo đội tuyển U23"): its end.
pub(super) fn team_end(ctx: &Ctx, k: usize) -> Option<usize> {
    if !matches!(ctx.ltok(k), "đội" | "tuyển") {
        return None;
    }
    let mut e = k + 1;
    while e < ctx.tokens.len() && e < k + 7 && ctx.joined(e - 1) {
        if ctx.is_cap(e) || ctx.kind(e) == Some(TokenKind::Number) {
            // The country or place that names the team, not a person after it.
            if let Some((m, _)) = ctx.phrase_at(e, &ctx.lex.countries) {
                return Some(e + m);
            }
            if let Some(m) = province_at(ctx, e) {
                return Some(e + m);
            }
            // "U23", "U20".
            if ctx.shape(e) == Shape::Upper && ctx.tok(e).starts_with('U') {
                e += 1;
                continue;
            }
            return (e > k + 1).then_some(e);
        }
        if ctx.shape(e) != Shape::Lower || ctx.feat(e).any(Feat::VERB_FIRST | Feat::STOPWORD) {
            break;
        }
        e += 1;
    }
    None
}

/// Role + body starting at token `i`: the title and the next token, and
/// whether the role is a two-letter abbreviation that needs a full name.
/// (`runs`: the runs the body's name test reads, see [`TrimmedRun`].)
pub(super) fn title_at<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    lower_ok: bool,
    runs: &mut TrimmedRun,
) -> Option<(TitleHit<'a>, usize, u8)> {
    let (s, n, (role_key, (display, kind)), mut flags, role_start) = role_at(ctx, i, lower_ok)?;
    let mut k = s + n;
    let mut role = role_text(ctx, s, k, display, role_start);
    // "Phó Chủ tịch Thường trực", "HLV trưởng".
    if ctx.joined(k - 1) && ctx.ltok(k) == "thường" && ctx.ltok(k + 1) == "trực" && ctx.joined(k) {
        role = Cow::Borrowed(span_text(ctx, s, k + 2));
        k += 2;
    }
    let mut organisation = None;
    if *kind == RoleKind::Office && ctx.joined(k - 1) {
        if let Some((org, end)) = body_in_role(ctx, role_start, k) {
            return Some((TitleHit { role, organisation: Some(org), kind: *kind }, end, flags));
        }
    }
    if *kind != RoleKind::Rank && ctx.joined(k - 1) {
        let body = body_at(ctx, role_key, *kind, k, runs).map(|(org, end)| country_after_body(ctx, k, org, end));
        if let Some((mut org, mut end)) = body {
            // "Giám đốc Agribank chi nhánh Tây Sơn": the body's branch.
            if let Some(b) = branch_end(ctx, end) {
                org = match org {
                    Cow::Borrowed(o) if o == span_text(ctx, k, end) => Cow::Borrowed(span_text(ctx, k, b)),
                    o => Cow::Owned(format!("{o} {}", span_text(ctx, end, b))),
                };
                end = b;
            }
            // (A country's posting is read with the country, in body_at.)
            if let Some(p) = posting_end(ctx, end) {
                org = match org {
                    Cow::Borrowed(o) if o == span_text(ctx, k, end) => Cow::Borrowed(span_text(ctx, k, p)),
                    o => Cow::Owned(format!("{o} {}", span_text(ctx, end, p))),
                };
                end = p;
            }
            // "Cục Quản lý chất lượng Huỳnh Văn Chương": lower-case words
            // completing the body before a name.
            if let Some(b) = bridge_to_name(ctx, end) {
                org = Cow::Borrowed(span_text(ctx, k, b));
                end = b;
            }
            if (k..end).any(|j| ctx.ltok(j) == "tại") {
                flags |= POSTED;
            }
            organisation = Some(org);
            k = end;
        } else if let Some(end) = body_after_of(ctx, k) {
            // "chủ tịch của Hiệp hội Thép Việt Nam": the body after "của".
            organisation = Some(Cow::Borrowed(span_text(ctx, k + 1, end)));
            k = end;
        }
    }
    Some((TitleHit { role, organisation, kind: *kind }, k, flags))
}

/// "Ông Hùng, chủ tịch của Hiệp hội Thép Việt Nam", "HLV của CLB Hà Nội":
/// a body written after "của" at `k`, right after a role: the end of the
/// body, when a body's head, a known body, a brand or an acronym opens it (not a
/// person's name or a common noun: "thư ký của ông", "vợ của X").
pub(super) fn body_after_of(ctx: &Ctx, k: usize) -> Option<usize> {
    if ctx.ltok(k) != "của" || !ctx.joined(k) || !ctx.is_cap(k + 1) {
        return None;
    }
    let b = k + 1;
    // ("các cầu thủ của HLV Hoàng Anh Tuấn": a role after "của" is another
    // person's.)
    if role_entry(ctx, b).is_some() {
        return None;
    }
    if let Some((h, _)) = head_at(ctx, b) {
        let end = head_body_end(ctx, b, h);
        return (end > b).then_some(end);
    }
    if let Some((m, _)) = ctx.phrase_at(b, &ctx.lex.org.known) {
        return Some(b + m);
    }
    // "cựu Giám đốc điều hành của Yahoo": a company the tables name bare
    // (not one that is also a word, a place or a person's name).
    if let Some((m, _)) = ctx.phrase_at(b, &ctx.lex.org.brands).filter(|(_, (_, brand))| !brand.ambiguous) {
        return (!ctx.joined(b + m - 1) || !ctx.is_cap(b + m)).then_some(b + m);
    }
    (ctx.shape(b) == Shape::Upper && ctx.tok(b).chars().count() >= 2 && name_at(ctx, b).is_none())
        .then(|| split_body_tail(ctx, b, glued_acronym_tail(ctx, extend(ctx, b, 1).0)))
}

/// "Trưởng phòng Kinh tế", "Phó trưởng Công an huyện Đông Anh", "Chánh Văn
/// phòng Chính phủ": a role whose last words are the head of a body names
/// that body from its head, as the press writes the office of a unit's
/// chief (the role keeps the head: SCHEMA.md's "Trưởng khoa" of "khoa Hồi
/// sức …, Bệnh viện …", with the parent body written after a comma).
/// (body, end token), when the body's name runs past the role.
fn body_in_role<'a>(ctx: &Ctx<'a>, role_start: usize, end: usize) -> Option<(Cow<'a, str>, usize)> {
    // (Without diacritics a role's last word may only look like a head:
    // "Bo truong" is not "Bộ trường".)
    if ctx.restore.is_some() {
        return None;
    }
    for j in role_start + 1..end {
        let Some((h, _)) = head_at(ctx, j) else { continue };
        if j + h < end {
            continue;
        }
        // "Chánh văn phòng Priebus": the holder follows the role.
        if j + h == end && holder_at(ctx, end) {
            return None;
        }
        let mut e = head_body_end(ctx, j, h);
        if e <= end {
            return None;
        }
        // "Trưởng khoa Hồi sức tích cực, Bệnh viện Chợ Rẫy": the unit's
        // parent body after a comma belongs to the office.
        if ctx.tok(e) == "," && ctx.joined(e) && ctx.is_cap(e + 1) {
            if let Some((h2, known)) = head_at(ctx, e + 1) {
                let e2 = head_body_end(ctx, e + 1, h2);
                if e2 > e + 1 + h2 || known && e2 > e + 1 {
                    e = e2;
                }
            }
        }
        return Some((Cow::Borrowed(span_text(ctx, j, e)), e));
    }
    None
}

/// The end of a body's name from its head of `h` tokens at `k`, as a
/// title's body: the name's extent, acronym parts glued after it, less a
/// tail that is no part of it.
fn head_body_end(ctx: &Ctx, k: usize, h: usize) -> usize {
    let (end, _) = extend(ctx, k, h);
    split_body_tail(ctx, k, glued_acronym_tail(ctx, end))
}

/// Lower-case words after a body that still belong to its name, when a
/// person's name follows them: the token where the name starts.
pub(super) fn bridge_to_name(ctx: &Ctx, end: usize) -> Option<usize> {
    let p = &ctx.lex.person;
    let stops = |j: usize| {
        ctx.feat(j).any(Feat::STOPWORD)
            // ("cầu thủ SL Nghệ An ở vòng loại Cúp Quốc gia": a preposition
            // opens no part of a body's name.)
            || {
                use crate::lexicon::facts::Class;
                ctx.lex.fact.single(ctx.ids[j]).any(Class::PREP | Class::CONJ)
            }
            || ctx.phrase_at(j, &p.verbs).is_some()
            || ctx.phrase_at(j, &p.title_links).is_some()
            || ctx.phrase_at(j, &ctx.lex.honorifics).is_some()
            || role_entry(ctx, j).is_some()
    };
    let mut j = end;
    while j < end + 4 && ctx.joined(j - 1) && ctx.shape(j) == Shape::Lower && !stops(j) {
        j += 1;
    }
    (j > end && ctx.joined(j - 1) && next_holder(ctx, j)).then_some(j)
}

/// "Bộ trưởng Quốc phòng Mỹ", "Thứ trưởng Ngoại giao Nga": a country right
/// after a body is the body's country.
pub(super) fn country_after_body<'a>(ctx: &Ctx<'a>, k: usize, org: Cow<'a, str>, end: usize) -> (Cow<'a, str>, usize) {
    if end == 0 || end >= ctx.tokens.len() || !ctx.joined(end - 1) || !ctx.is_cap(end) {
        return (org, end);
    }
    let Some((m, _)) = ctx.phrase_at(end, &ctx.lex.countries) else { return (org, end) };
    // "… Mỹ Tâm": not when the country word opens a name with what follows.
    let rest = if ctx.joined(end + m - 1) { run_at(ctx, end + m).n } else { 0 };
    let r = run_at(ctx, end);
    if rest == 1 && form_of(ctx, &r, 0, r.n).is_some() && viet_ok(ctx, r.u(r.n - 1)) {
        return (org, end);
    }
    let e = end + m;
    let org = if org.ends_with(span_text(ctx, k, end)) {
        Cow::Borrowed(span_text(ctx, k, e))
    } else {
        Cow::Owned(format!("{org} {}", span_text(ctx, end, e)))
    };
    (org, e)
}

/// "… chi nhánh Tây Sơn", "… chi nhánh 3" after a title's body ending at
/// `e`: the end of the branch's name (see the organisations' `branches`).
fn branch_end(ctx: &Ctx, e: usize) -> Option<usize> {
    let at = e > 0 && ctx.joined(e - 1) && ctx.joined(e) && ctx.ltok(e) == "chi" && ctx.ltok(e + 1) == "nhánh";
    at.then(|| crate::recognize::organisations::branch_name_end(ctx, e + 2)).flatten()
}

/// "Đại sứ Hoa Kỳ tại Việt Nam", "Trưởng đại diện UNDP tại Việt Nam",
/// "Đại sứ Mỹ tại Liên Hợp Quốc": the posting written after a title's body
/// (a country, a province or a body the tables know) belongs to the body;
/// the end of the posting after the body ending at `e`.
fn posting_end(ctx: &Ctx, e: usize) -> Option<usize> {
    if e == 0 || ctx.ltok(e) != "tại" || !ctx.joined(e - 1) || !ctx.joined(e) || !ctx.is_cap(e + 1) {
        return None;
    }
    let k = e + 1;
    let m = (ctx.phrase_at(k, &ctx.lex.countries).map(|(m, _)| m))
        .or_else(|| ctx.phrase_at(k, &ctx.lex.province_names).map(|(m, _)| m))
        .or_else(|| ctx.phrase_at(k, &ctx.lex.org.known).map(|(m, _)| m))?;
    // "tại Mỹ Latinh": a region whose name opens with a country's.
    let region = ctx.feat(k).any(Feat::NOT_PERSON_NAME_FIRST)
        && ctx.phrase_at(k, &ctx.lex.person.not_person_names).is_some_and(|(n, _)| n > m);
    (!region).then_some(k + m)
}

/// The body of a title, written from token `k`: (body, end token).
/// (`runs`: the run of the name test at `k`, see [`TrimmedRun`].)
pub(super) fn body_at<'a>(
    ctx: &Ctx<'a>,
    role_key: &str,
    kind: RoleKind,
    k: usize,
    runs: &mut TrimmedRun,
) -> Option<(Cow<'a, str>, usize)> {
    // "Thủ tướng Thái Lan Prayut Chan-o-cha": a country, when what follows
    // it is not itself one name with it ("Ca sĩ Mỹ Tâm").
    if ctx.is_cap(k) {
        if let Some((m, _)) = ctx.phrase_at(k, &ctx.lex.countries) {
            let e = k + m;
            let rest = if ctx.joined(e - 1) { run_at(ctx, e) } else { Run::default() };
            let rest_is_name = rest.n >= 2 || rest.n == 1 && !viet_ok(ctx, rest.u(0)) && foreign_shape(ctx, rest.u(0));
            // "thủ môn Jordan Pickford": a country that is also a given name
            // opens the name of a player.
            let given_country = m == 1 && foreign_part(ctx, Unit { s: k, e: k + 1 }).given != 0;
            let rest_is_name = rest_is_name && !(given_country && kind == RoleKind::Occupation);
            // "Hàn Mặc Tử": the country's words and the rest are one name.
            let r = run_at(ctx, k);
            let whole_viet = r.n > 0 && r.end_at(r.n) > e && form_of(ctx, &r, 0, r.n) == Some(Form::Viet);
            // "Ngoại trưởng Nga cho biết", "VĐV Nga": the country alone, or
            // followed by a word that is no name ("Tổng thống Pháp Từ khi…").
            let alone = rest.n == 0 || rest.n == 1 && !name_word_after_country(ctx, rest.u(0));
            if (rest_is_name && !whole_viet) || alone {
                let e = posting_end(ctx, k + m).unwrap_or(k + m);
                return Some((Cow::Borrowed(span_text(ctx, k, e)), e));
            }
        }
    }
    if let Some(e) = foreign_body_before_name(ctx, k) {
        return Some((Cow::Borrowed(span_text(ctx, k, e)), e));
    }
    if name_at_in(ctx, k, runs).is_some() {
        return None;
    }
    if kind == RoleKind::Occupation {
        if let Some(e) = team_end(ctx, k) {
            return Some((Cow::Borrowed(span_text(ctx, k, e)), e));
        }
    }
    if let Some(found) = elided_body(ctx, role_key, k) {
        return Some(found);
    }
    if let Some((head, _)) = head_at(ctx, k) {
        let end = head_body_end(ctx, k, head);
        let mut e = end;
        if ctx.tok(e) == "(" && ctx.shape(e + 1) == Shape::Upper && ctx.tok(e + 2) == ")" {
            e += 3;
        }
        return Some((Cow::Borrowed(span_text(ctx, k, end)), e));
    }
    if ctx.shape(k) == Shape::Upper && ctx.tok(k).chars().count() >= 2 {
        // "Chủ tịch VUFO", "Tổng giám đốc VIMC".
        let (end, _) = extend(ctx, k, 1);
        let end = split_body_tail(ctx, k, glued_acronym_tail(ctx, end));
        return Some((Cow::Borrowed(span_text(ctx, k, end)), end));
    }
    // A capitalised word opening a common noun ("Văn phòng", "Tổ hợp") or
    // capitalised words no table knows ("Vụ Giáo dục Đại học"): the name of
    // a body, for offices, up to a person's name.
    if kind != RoleKind::Occupation && ctx.shape(k) == Shape::Title {
        // Name words that end their run are the holder's name ("Ngoại
        // trưởng Tần Cương"), not a body.
        let mut r = run_at(ctx, k);
        trim_run(ctx, &mut r);
        let last = r.u(r.n.max(1) - 1);
        let opens_word = ctx.shape(last.e) == Shape::Lower && ctx.joined(last.e - 1) && ctx.is_word(last.e - 1, 2);
        // ("Người phát ngôn Nhà Trắng": a place that looks like a name is the body.)
        let place = r.n > 0 && blocked(ctx, k, r.end_at(r.n), true);
        if place {
            return Some((Cow::Borrowed(span_text(ctx, k, r.end_at(r.n))), r.end_at(r.n)));
        }
        if r.n <= 4 && !opens_word && form_of(ctx, &r, 0, r.n).is_some() {
            return None;
        }
        let end = common_body_end(ctx, k);
        if end > k + 1 {
            return Some((Cow::Borrowed(span_text(ctx, k, end)), end));
        }
    }
    None
}

/// "CEO Uber Travis Kalanick", "Chủ tịch Atletico Madrid Enrique Cerezo":
/// after a role, a company, club or body the tables know by name, then
/// two or three Latin words that are the holder's name. The token where
/// the holder's name starts.
fn foreign_body_before_name(ctx: &Ctx, k: usize) -> Option<usize> {
    if !ctx.is_cap(k) || !ctx.tok(k).is_ascii() {
        return None;
    }
    let j = k + super::super::organisations::named_body_len(ctx, k)?;
    if !ctx.joined(j - 1) || !ctx.is_cap(j) {
        return None;
    }
    let r = run_at(ctx, j);
    let latin = (0..r.n).all(|u| foreign_shape(ctx, r.u(u)) && !viet_ok(ctx, r.u(u)));
    let ends = r.n > 0 && !(ctx.joined(r.end_at(r.n) - 1) && ctx.is_cap(r.end_at(r.n)));
    // ("nhà sản xuất Disney On Ice": a show's name, not a person's.)
    let name_word = ctx.tok(j).len() >= 3 && !ctx.feat(j).any(Feat::STOPWORD);
    ((2..=3).contains(&r.n)
        && latin
        && ends
        && name_word
        && super::super::organisations::named_body_len(ctx, j).is_none())
    .then_some(j)
}

/// A person's name at `k`, right after a role: a name the tables know
/// ("Chánh văn phòng Yoshihide Suga"). (Capitalised words alone are no
/// holder here: "Trưởng khoa Tai Mũi Họng", "Trưởng phòng Marketing".)
pub(crate) fn holder_at(ctx: &Ctx, k: usize) -> bool {
    ctx.shape(k) == Shape::Title && name_at(ctx, k).is_some()
}

/// "Bộ GD&ĐT", "Bộ VH-TT&DL": acronym parts glued by "&", "-" or "/"
/// after `end`, which extend() leaves out.
pub(super) fn glued_acronym_tail(ctx: &Ctx, mut end: usize) -> usize {
    while end > 0
        && ctx.shape(end - 1) == Shape::Upper
        && matches!(ctx.tok(end), "&" | "-" | "/")
        && ctx.gaps.get(end) == Some(&crate::lexicon::Gap::Glued)
        && ctx.gaps.get(end + 1) == Some(&crate::lexicon::Gap::Glued)
        && ctx.shape(end + 1) == Shape::Upper
    {
        end += 2;
    }
    end
}

/// The end of a body whose name opens with a common noun ("Văn phòng Ủy
/// ban…", "Nhà nước"): capitalised words and the lower-case syllables
/// completing them, a body's head further on read to its end, never a
/// person's name.
pub(super) fn common_body_end(ctx: &Ctx, k: usize) -> usize {
    let mut e = k + 1;
    while e < ctx.tokens.len() && e < k + 12 && ctx.joined(e - 1) {
        if ctx.is_cap(e) {
            if name_at(ctx, e).is_some() || ctx.role_at(e).is_some() {
                break;
            }
            // A head further on ("… Ủy ban Công tác…") read to its end; one
            // that opens names of people's namesakes ("Đại học") is read
            // word by word here, so that the name after it stays out.
            if let Some((h, _)) = head_at(ctx, e).filter(|_| !ctx.lex.named_after_people.contains(ctx.ltok(e))) {
                return split_body_tail(ctx, e, glued_acronym_tail(ctx, extend(ctx, e, h).0));
            }
            e += 1;
        } else if ctx.is_cap(e - 1) && ctx.shape(e) == Shape::Lower && ctx.is_word(e - 1, 2) {
            e += 1;
        } else {
            break;
        }
    }
    // The words read must be more than one capitalised word on its own.
    if e == k + 1 && !(ctx.shape(k) == Shape::Upper) {
        return k + 1;
    }
    glued_acronym_tail(ctx, e)
}

/// A body read up to `end` may have run into the name after it ("CLB Hà
/// Nội Kiatisuk"): cut it after its last place or country name when what
/// follows is a run of name words.
pub(super) fn split_body_tail(ctx: &Ctx, start: usize, end: usize) -> usize {
    let mut j = start + 1;
    while j < end {
        let m = province_at(ctx, j).or_else(|| ctx.phrase_at(j, &ctx.lex.countries).map(|(m, _)| m));
        if let Some(m) = m.filter(|&m| j + m < end) {
            let p = j + m;
            let r = run_at(ctx, p);
            if r.n > 0 && r.end_at(r.n) == end && form_of(ctx, &r, 0, r.n).is_some() && !blocked(ctx, p, end, true) {
                return p;
            }
            j = p;
            continue;
        }
        j += 1;
    }
    end
}

pub(super) fn same_line(ctx: &Ctx, k: usize) -> bool {
    k > 0
        && k < ctx.tokens.len()
        && !crate::tokenize::breaks_line(ctx.text, ctx.tokens[k - 1].end(), ctx.tokens[k].start())
}

/// True when a role names a reporter ("PV", "phóng viên").
fn is_reporter(role: &str) -> bool {
    matches!(role.to_lowercase().as_str(), "pv" | "phóng viên" | "p/v")
}

/// A chain of titles joined by ",", " - " or "kiêm": "Bí thư Đảng đoàn,
/// Chủ tịch X", "Phó Thủ tướng kiêm Ngoại trưởng". The titles are
/// appended to `titles` (the caller's buffer: no vector per chain; left as
/// it was when no title starts at `i`); returns the next token and the
/// flags.
pub(super) fn title_chain<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    lower_ok: bool,
    titles: &mut Vec<TitleHit<'a>>,
    runs: &mut TrimmedRun,
) -> Option<(usize, u8)> {
    let (first, mut k, mut flags) = title_at(ctx, i, lower_ok, runs)?;
    // "Trao đổi với PV báo Người Đưa Tin, Thượng tá Nguyễn Văn Hải cho
    // biết": the reporter spoken to is not the next title's holder.
    let interviewer = i > 0 && matches!(ctx.ltok(i - 1), "với" | "cho") && is_reporter(&first.role);
    let base = titles.len();
    titles.push(first);
    let mut posted = flags & POSTED != 0 || interviewer;
    loop {
        let sep = ctx.tok(k);
        let next = if matches!(sep, "," | "-" | "–") && same_line(ctx, k) && !posted
            || ctx.ltok(k) == "kiêm" && ctx.joined(k - 1)
        {
            k + 1
        } else {
            break;
        };
        match title_at(ctx, next, ctx.ltok(k) == "kiêm", runs) {
            Some((t, e, a)) => {
                titles.push(t);
                flags |= a & ABBREV;
                posted = a & POSTED != 0;
                k = e;
            }
            None => break,
        }
    }
    let chain = &mut titles[base..];
    // A party post ("Bí thư Đảng đoàn") shares the body of the next title.
    for j in 0..chain.len().saturating_sub(1) {
        if chain[j].kind == RoleKind::Party && chain[j].organisation.is_none() {
            chain[j].organisation = chain[j + 1].organisation.clone();
        }
    }
    // "Phó Chủ tịch - Tổng Thư ký VUFO": the body is written once, at the end.
    if let Some(last_org) = chain.last().and_then(|t| t.organisation.clone()) {
        for t in chain.iter_mut().rev().skip(1) {
            if t.organisation.is_some() || t.kind == RoleKind::Rank || t.kind == RoleKind::Occupation {
                break;
            }
            t.organisation = Some(last_org.clone());
        }
    }
    Some((k, flags))
}

/// Titles written after a name: ", Chủ tịch X", " - Bí thư Y", "(Cụm phó
/// Z)", and in the same clause "… là Giám đốc Y", "… được bầu làm Chủ tịch
/// X". A title followed by another name belongs to that name. The titles
/// are appended to `titles`; returns the token after them.
pub(super) fn titles_after<'a>(
    ctx: &Ctx<'a>,
    k: usize,
    neg: &mut Vec<(usize, usize)>,
    titles: &mut Vec<TitleHit<'a>>,
) -> usize {
    let mut k = k;
    // The title is the next person's when a name that stands on its own
    // follows it; a short surname-led run after it ("Tổng Giám đốc An
    // Khang") is the body's name.
    // An occupation is written right before its holder ("nhà báo Hữu Thọ"):
    // any name after it is the next person's.
    // (After an occupation any name will do, and a holder's name is one:
    // the name is read once.)
    let owns_titles = |found: &[TitleHit], e: usize| {
        let occupation = found.last().is_some_and(|t| t.kind == RoleKind::Occupation && t.organisation.is_none());
        if !ctx.joined(e - 1) {
            true
        } else if occupation {
            name_after_title(ctx, e).is_none()
        } else {
            !next_holder(ctx, e)
        }
    };
    // A chain read from `j` into `titles` and kept when its titles are this
    // name's (`keep` tells, given the chain and its end); its end.
    let chain_at =
        |titles: &mut Vec<TitleHit<'a>>, j: usize, lower_ok: bool, keep: &dyn Fn(&[TitleHit], usize) -> bool| {
            let base = titles.len();
            let found = if ctx.feat(j).any(TITLE_FIRST) {
                title_chain(ctx, j, lower_ok, titles, &mut TrimmedRun::default())
            } else {
                None
            };
            let found = found.map(|(end, _)| end);
            match found {
                Some(end) if keep(&titles[base..], end) => Some((base, end)),
                _ => {
                    titles.truncate(base);
                    None
                }
            }
        };
    // "Đại tá Hà Huy Trường. - Phó Chính ủy": a stray full stop.
    if ctx.tok(k) == "." && matches!(ctx.tok(k + 1), "-" | "–") && same_line(ctx, k + 1) {
        k += 1;
    }
    // "Ông Nay Blim, người Jrai, là Chủ tịch…": an origin in apposition.
    if ctx.tok(k) == "," && ctx.ltok(k + 1) == "người" && ctx.joined(k + 1) {
        let r = run_at(ctx, k + 2);
        if r.n > 0 && ctx.tok(r.end_at(r.n)) == "," {
            k = r.end_at(r.n);
        }
    }
    // "Ông Trần Công Thắng Chủ tịch Ủy ban…": a title with no comma.
    if k > 0 && ctx.joined(k - 1) && ctx.is_cap(k) && ctx.feat(k).any(ANY_ROLE_FIRST) {
        if let Some((_, end)) = chain_at(titles, k, false, &owns_titles) {
            k = end;
        }
    }
    if matches!(ctx.tok(k), "," | "-" | "–" | "(") && same_line(ctx, k) {
        let mut j = k + 1;
        // ", hiện là Giám đốc…".
        j = skip_links(ctx, j).unwrap_or(j);
        let apposition = |found: &[TitleHit], end: usize| {
            // "…, giám đốc điều hành giám sát…": a role in lower case with no
            // body is an apposition only before punctuation or a verb.
            let t = &found[found.len() - 1];
            let lower = t.role.starts_with(char::is_lowercase) && t.organisation.is_none();
            // A body described in lower case ends in a proper name ("trưởng
            // Đoàn cố vấn quân sự Trung Quốc").
            let proper_soon = (end..end + 6).take_while(|&x| ctx.joined(x - 1)).any(|x| ctx.is_cap(x));
            let ok = !lower
                || ctx.kind(end) != Some(TokenKind::Word)
                || !ctx.joined(end - 1)
                || ctx.phrase_at(end, &ctx.lex.person.verbs).is_some()
                || proper_soon;
            ok && owns_titles(found, end)
        };
        if let Some((base, end)) = chain_at(titles, j, true, &apposition) {
            let end = absorb_body_tail(ctx, &mut titles[base..], end, neg);
            k = end;
            // "… Kiên Giang (Cụm phó Cụm 5)": a further title in brackets.
            if ctx.tok(k) == "(" {
                if let Some((_, e)) = chain_at(titles, k + 1, false, &owns_titles) {
                    k = if ctx.tok(e) == ")" { e + 1 } else { e };
                }
            }
            if ctx.tok(k) == ")" && ctx.tok(j - 1) == "(" {
                k += 1;
            }
        }
    }
    // In the same clause: "… là Giám đốc", "… giữ chức Phó Bí thư Y",
    // ", làm Trưởng đoàn".
    let link_from = if ctx.tok(k) == "," && same_line(ctx, k) { k + 1 } else { k };
    if let Some(j) = skip_links(ctx, link_from) {
        let mut r = j;
        if matches!(ctx.ltok(r), "nữ" | "nam") && ctx.joined(r) {
            r += 1;
        }
        if let Some((base, end)) = chain_at(titles, r, true, &owns_titles) {
            return absorb_body_tail(ctx, &mut titles[base..], end, neg);
        }
    }
    k
}

/// True when a person's name that stands on its own starts at `e`: three
/// words or more, or a foreign or ethnic name.
pub(super) fn next_holder(ctx: &Ctx, e: usize) -> bool {
    // "Trường THPT chuyên Lê Hồng Phong": a namesake, not a holder.
    if place_before(ctx, e) {
        return false;
    }
    name_after_title(ctx, e).is_some_and(|nr| {
        nr.prefix.is_none()
            && match nr.form {
                Some(Form::Viet | Form::Given) => nr.units >= 3,
                Some(_) => true,
                None => false,
            }
    })
}

/// A short run the title's body reading stopped at ("… Công ty Cổ phần
/// Dược phẩm An Khang"): the body takes it, when no holder's name starts
/// there. Returns the new end.
pub(super) fn absorb_body_tail<'a>(
    ctx: &Ctx<'a>,
    titles: &mut [TitleHit<'a>],
    end: usize,
    neg: &mut Vec<(usize, usize)>,
) -> usize {
    let Some(t) = titles.last_mut() else { return end };
    if matches!(t.kind, RoleKind::Rank | RoleKind::Occupation) || !ctx.joined(end - 1) || next_holder(ctx, end) {
        return end;
    }
    let mut r = run_at(ctx, end);
    trim_run(ctx, &mut r);
    if r.n == 0 || r.n > 3 || !matches!(form_of(ctx, &r, 0, r.n), Some(Form::Viet | Form::Given)) {
        return end;
    }
    let e = r.end_at(r.n);
    let org = match &t.organisation {
        Some(o) => Cow::Owned(format!("{o} {}", span_text(ctx, end, e))),
        None => Cow::Borrowed(span_text(ctx, end, e)),
    };
    t.organisation = Some(org);
    neg.push((end, e));
    e
}

/// Adverbs then a link word ("hiện là", "được bầu làm"): the token after.
pub(super) fn skip_links(ctx: &Ctx, k: usize) -> Option<usize> {
    let mut j = k;
    let mut steps = 0;
    while steps < 4 && ctx.feat(j).any(Feat::LINK_FIRST) && ctx.shape(j) == Shape::Lower {
        let (m, (_, kind)) = ctx.phrase_at(j, &ctx.lex.person.title_links)?;
        if !ctx.joined(j + m - 1) {
            return None;
        }
        j += m;
        if *kind == LinkKind::Link {
            return Some(j);
        }
        steps += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::first_word_is;

    /// A row's first word is a whole word: "tỉnh" opens "tỉnh" and "tỉnh
    /// ủy", not "tỉnhx"; an empty word only an empty row or a leading space.
    #[test]
    fn first_word_is_a_whole_word() {
        assert!(first_word_is("tỉnh", "tỉnh"));
        assert!(first_word_is("thành phố", "thành"));
        assert!(!first_word_is("thành phố", "thà"));
        assert!(!first_word_is("tp", "tỉnh"));
        assert!(!first_word_is("tỉnh", "tỉnh ủy"));
        assert!(first_word_is("", ""));
        assert!(!first_word_is("tp", ""));
    }
}
