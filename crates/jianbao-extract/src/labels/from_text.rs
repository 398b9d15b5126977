//! Reading a figure's label from the words around it: what follows the figure in its clause,
//! else what precedes it, with a change (从16名增加到了400多名) marked; the clause's framing
//! (citations, furniture, frames such as 以……为主的) is read past.

use super::*;

/// Label from the words around a figure: what follows it in its clause (115个**网约配送行业党委**,
/// 300个“**暖新驿站**”), else what precedes it (**持证人数**达到2.4万人); a change
/// 从16名增加到了400多名 is marked. Empty when no usable label can be read.
pub fn label_from_text(
    chars: &[char],
    previous_end: usize,
    quantity_start: usize,
    quantity_end: usize,
    unit: &str,
) -> String {
    // 7大类28个服务项目, 3类22项服务清单: a count of categories beside its items counts the
    // kinds of what the items' figure counts
    if unit == "类" && chars.get(quantity_end).is_some_and(char::is_ascii_digit) {
        if let Some(items) = crate::numbers::find_quantities(&chars[quantity_end..])
            .first()
            .filter(|n| n.range.start == 0 && n.unit != "类")
        {
            let inner = label_from_text(
                chars,
                quantity_end,
                quantity_end + items.number_start,
                quantity_end + items.range.end,
                &items.unit,
            );
            if is_usable(&inner) {
                return format!("{inner}类别");
            }
        }
    }
    let v = vocabulary();
    // a line ends a clause too: a heading, a paragraph, a caption
    let is_break = |c: char| (is_clause_break(c) && c != '、') || c == '\n';
    // the clause, but not past the previous figure (14所高校和22万名在校师生); parentheses do
    // not end it (党群服务中心(站点)42处, 服务站点(120个))
    // (looked for after the previous figure only, so that a sentence of thousands of figures
    // is read once, not once per figure)
    let from = previous_end.min(quantity_start);
    let clause_start = chars[from..quantity_start]
        .iter()
        .rposition(|&c| is_break(c) && c != '(' && c != ')')
        .map_or(from, |p| from + p + 1);
    // so does a citation mark (…提供服务 [2] - 秋城志愿服务中心实施公益项目58个)
    let clause_start = (clause_start..quantity_start)
        .rev()
        .find(|&i| citation_at(chars, i).is_some_and(|end| end <= quantity_start))
        .and_then(|i| citation_at(chars, i))
        .unwrap_or(clause_start);
    // (a pair closed before the figure stays: 持证社会工作者(含助理社会工作师), 服务站点(驿站))
    let clause_words = &chars[clause_start..quantity_start];
    let balanced = clause_words.iter().filter(|&&c| c == '(').count()
        == clause_words.iter().filter(|&&c| c == ')').count();
    let mut before: Vec<char> = clause_words
        .iter()
        .copied()
        .filter(|&c| balanced || (c != '(' && c != ')'))
        .collect();
    // 1个组织、2个项目: after the figure before, what ends in 、 is that figure's list item
    if follows_a_list_item(previous_end, clause_start, &before) {
        before.clear();
    }
    let mut before = after_furniture(&before);
    let mut change = None;
    for &(w, mark) in CHANGE_TO_VERBS {
        // (compared in place: a Vec per verb and figure was a tenth of reading a label)
        // (from the last character, the verb counted only once it is found)
        let mut from_end = before.iter().rev();
        if w.chars().rev().all(|c| from_end.next() == Some(&c)) {
            before.truncate(before.len() - w.chars().count());
            change = Some(mark);
            break;
        }
    }
    if change.is_some() && before.is_empty() {
        // 从最初的16名增加到了400多名: the subject stands before the first figure
        // (within the window a figure is read in, for pages without punctuation)
        let from = quantity_start.saturating_sub(crate::catalog::CONTEXT_CHARS);
        let start = chars[from..quantity_start]
            .iter()
            .rposition(|&c| is_break(c))
            .map_or(from, |p| from + p + 1);
        before = chars[start..quantity_start].to_vec();
    }
    // 独居老人从最初的16名增加到了400多名: the subject is what precedes 从
    // (not the 从 of a word: 从业人员)
    if let Some(at) =
        (1..before.len()).find(|&at| before[at] == '从' && !begins_word(&before[at..]))
    {
        before.truncate(at);
    }
    // 覆盖率由35%提高到90%: 由 right before a figure opens a change's starting value as 从 does
    // (其他的由, 由……组成 stand before words, not figures)
    if let Some(at) = (1..before.len())
        .find(|&at| before[at] == '由' && before.get(at + 1).is_none_or(char::is_ascii_digit))
    {
        before.truncate(at);
    }
    // 志愿服务活动年均5000场次: an average opens the label
    let average = v
        .averages
        .iter()
        .find(|w| ends_with(&before, w) && before.len() >= w.len() + 2)
        .map(|w| {
            before.truncate(before.len() - w.len());
            w.iter().collect::<String>()
        })
        .unwrap_or_default();
    // 疑难信访案件减少90%: the figure is the change of what precedes the verb
    let rate = unit == "%" || unit == "个百分点";
    let mut change_head = None;
    if change.is_none() {
        if let Some((rest, head)) =
            strip_change(&before, rate).filter(|(rest, _)| before_phrase(rest).len() >= 2)
        {
            before = rest;
            change_head = Some(head);
        } else if let Some((rest, mark)) = change_with_object(&before).filter(|_| !rate) {
            before = rest;
            change_head = Some(mark.to_owned());
        }
    }
    // the whole clause before the figure, a readable phrase when no noun phrase can be cut out
    let clause: Vec<char> = before.clone();
    let mut before = before_phrase(&before);
    // 快递员、外卖员等300余人: a list closed by 等 before a count of people gives examples; the
    // people of those kinds are counted (快递员、外卖员等人), never the examples alone
    // (units whose count is 人数: 人, 名, 位)
    let counts_people = v
        .people_counts
        .iter()
        .any(|(u, count)| u == unit && count == "人数");
    if before.last() == Some(&'等') && before.contains(&'、') && counts_people {
        before.push('人');
    }
    let thing = thing_start(chars, quantity_end);
    // 4000余名以快递员、外卖员为主的新就业形态劳动者: what the group is made of is a modifier;
    // the counted noun follows it
    let thing = framed_noun_start(chars, thing).unwrap_or(thing);
    // 连续5年被评为优秀: a run of years counts the years in which its clause held
    if let Some(label) = years::running_years_label(
        chars,
        clause_start,
        quantity_start,
        thing,
        unit,
        MAX_LABEL_CHARS,
    ) {
        return label;
    }
    // read within the window a figure is read in, for pages without punctuation
    let read_end = chars
        .len()
        .min(thing.saturating_add(crate::catalog::CONTEXT_CHARS));
    // a quoted name is read whole (300个“暖新驿站”), to its closing mark
    let quote_close = (thing > quantity_end && chars[thing - 1] == '“')
        .then(|| chars[thing..read_end].iter().position(|&c| c == '”'))
        .flatten()
        .map(|p| thing + p);
    // where a predicate starts after the counted thing, read by longest match from its start: a
    // predicate counts only where a word begins, never inside a compound (志愿服务站点, 社区服务
    // 中心) or a longer predicate (参与); a verb that ends its clause is the head of the counted
    // noun, not a predicate (开展7场定向服务, 3个志愿服务)
    let mut predicate_here = Vec::new();
    let mut inside_word = Vec::new();
    let mut i = thing;
    while i < read_end && (!is_break(chars[i]) || matches!(chars[i], '(' | ')')) && chars[i] != '。'
    {
        let noun = longest_at(&v.compound_words, &chars[i..]);
        // a verb of building after the counted thing is its predicate (18个社区建立志愿队伍)
        let predicate = longest_at(&v.predicate_starts, &chars[i..])
            .max(longest_at(&v.building_verbs, &chars[i..]));
        // an adverb or a verb that never heads a noun ends the counted thing wherever it
        // stands (9个乡镇全部覆盖, 2个项目上榜)
        let never_head = adverb_at(chars, i).max(longest_at(&v.never_head_predicates, &chars[i..]));
        let step = noun.max(predicate).max(never_head).max(1);
        let here = (predicate > noun
            && chars
                .get(i + predicate)
                .is_some_and(|&c| !is_break(c) && c != '。'))
            || never_head > noun;
        predicate_here.push(here);
        predicate_here.extend(std::iter::repeat_n(false, step - 1));
        inside_word.push(false);
        inside_word.extend(std::iter::repeat_n(true, step - 1));
        i += step;
    }
    // where the counted thing ends, `joined` telling whether 和, 与, 及 end it too
    let stops_at = |i: usize, joined: bool| {
        if quote_close.is_some_and(|close| i <= close) {
            return false;
        }
        (is_break(chars[i]) && !matches!(chars[i], '(' | ')'))
            || chars[i].is_ascii_digit()
            || matches!(chars[i], '。' | '…' | '《')
            || citation_at(chars, i).is_some()
            // 和, 与 join two things, unless inside a word (参与)
            || (joined
                && matches!(chars[i], '和' | '与' | '及')
                && inside_word.get(i - thing) != Some(&true))
            || (chars[i] == '“' && i > thing)
            // 115个网约配送行业党委、12个快递行业党委: the next list item is another figure
            // (191家企业、近3000名员工: a hedge may open it)
            || (chars[i] == '、'
                && (chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
                    || (chars.get(i + 1).is_some_and(|c| "近约超逾共".contains(*c))
                        && chars.get(i + 2).is_some_and(|c| c.is_ascii_digit()))))
            || (i > thing && predicate_here.get(i - thing) == Some(&true))
            // 13支小分队近千名志愿者: a vague amount opens the next phrase
            || (i > thing && clauses::vague_amount_at(chars, i))
    };
    let after_end = (thing..read_end)
        .find(|&i| stops_at(i, true))
        .unwrap_or(read_end);
    let after_end = through_list(chars, thing, after_end, &stops_at);
    let mut after: Vec<char> = chars[thing..after_end]
        .iter()
        .copied()
        .filter(|&c| !matches!(c, '“' | '”'))
        .collect();
    if let Some(at) = furniture_start(&after) {
        after.truncate(at);
    }
    // 最高5000元/人的补贴, 200元到600元不等的津贴: a rate per head and a range's 不等 modify the
    // noun after their 的, which is what the figure counts
    let modifier_end = if after.first() == Some(&'/') {
        after.iter().take(4).position(|&c| c == '的')
    } else if after.starts_with(&['不', '等', '的']) {
        Some(2)
    } else {
        None
    };
    if let Some(de) = modifier_end.filter(|&de| after.len() - de > 2) {
        after.drain(..=de);
    }
    // a parenthesis opened and not closed in the clause (持证社工(其中2名…) is an aside: the
    // counted thing ends before it
    after = without_asides(&after);
    // a verb of building right after the measure word (26个打造综合性服务中心) governs the thing
    let verb = longest_at(&v.building_verbs, &after);
    if verb > 0 && after.len() >= verb + 2 {
        after.drain(..verb);
    }
    if let Some(open) = after.iter().rposition(|&c| c == '(') {
        if !after[open..].contains(&')') {
            after.truncate(open);
        }
    }
    // a verb of building that ends the clause (20个便民服务中心建设) and a locative (在8215家
    // 社会组织中建立) are not part of the thing
    if let Some(w) = v.building_verbs.iter().find(|w| ends_with(&after, w)) {
        if after.len() >= w.len() + 2 {
            after.truncate(after.len() - w.len());
        }
    }
    if after.len() >= 3
        && after.last() == Some(&'中')
        && !matches!(after[after.len() - 2], '高' | '初')
    {
        after.pop();
    }
    // 109个村结对帮扶: a noun of one character is named with what the clause says of it
    // (结对帮扶的村), as a relative clause before its head
    if after.len() == 1 && is_han(after[0]) {
        let rest_end = (after_end..read_end.min(after_end + 8))
            .find(|&i| is_break(chars[i]) || chars[i] == '。' || chars[i].is_ascii_digit())
            .unwrap_or(after_end);
        let rest = &chars[after_end..rest_end];
        if rest.len() >= 2 && rest_end < read_end && !chars[rest_end].is_ascii_digit() {
            let mut phrase: Vec<char> = without_adverbs(rest);
            phrase.push('的');
            phrase.push(after[0]);
            after = phrase;
        }
    }
    // 接通率100%、满意率100%: a 、 right after a figure opens the next list item, never a part
    // of what this figure counts
    if after.first() == Some(&'、') {
        after.clear();
    }
    // 投入4400万元用于购买社工服务, 投资80万元用于站点改造: money put to a purpose is the
    // investment in it (用于购买社工服务的投入), a relative clause before its head; the verb
    // that is also its noun (投入, 投资) names it, as a reader sees it in the quote
    if unit.ends_with('元') && after.starts_with(&['用', '于']) && after.len() >= 4 {
        let giving = ["投入", "投资"]
            .iter()
            .map(|w| w.chars().collect::<Vec<char>>())
            .find(|w| clause_words.ends_with(w));
        if let Some(verb) = giving {
            after.push('的');
            after.extend(verb);
        }
    }
    // (read on the text itself: 到 ends the counted thing as a predicate of its own)
    // 注册率从0.1%上升至23%: a verb of change to a level right after the figure makes it the
    // starting value of what the words before it name; the verb names nothing
    // (when the words before name nothing, what follows still may: 增加到 alone)
    let rest_of_text = &chars[thing..read_end];
    let starts_at = |w: &str| {
        rest_of_text
            .iter()
            .copied()
            .take(w.chars().count())
            .eq(w.chars())
    };
    if before.len() >= 2 && CHANGE_TO_VERBS.iter().any(|(w, _)| starts_at(w)) {
        change = Some("（起始）");
        after.clear();
    } else if ["增加到", "增至", "减至", "增长到", "减少到", "降至"]
        .iter()
        .any(|w| starts_at(w))
    {
        change = Some("（起始）");
    }
    let after_text: String = after.iter().collect();
    let mark = change.map_or_else(|| change_head.clone().unwrap_or_default(), str::to_owned);
    // what follows names the counted thing, unless it is a verb or a hedge (增加到, 以上, 不等);
    // people who take part (代表等300余人参加活动, 近300人齐聚春城) are named before the figure
    let attending = longest_at(&v.attending_verbs, &after) > 0;
    let after_names = after
        .first()
        .is_some_and(|&c| {
            (is_han(c) && !"以左不增减提降达到从为占比较等共居".contains(c))
                || c.is_ascii_uppercase()
        })
        // 居 of 居民 names people; 居 of 居全国第一 ranks the figure
        || word_length(&after) > 0;
    // an adverb right after the figure (5地已为……) opens its predicate: nothing is named there
    let after_names = after_names && adverb_at(&after, 0) == 0;
    let before_text = |max: usize| {
        tail_at_boundary(&before, max, MAX_LABEL_CHARS)
            .into_iter()
            .collect::<String>()
    };
    // 报名的志愿者中有近70%为在校大学生: a share whose part follows the figure after a copula
    if let Some(share) = super::shares::share_of_part_after(&tidy(&before_text(16)), &after, unit) {
        return format!("{average}{share}{mark}");
    }
    let candidates: Vec<String> = if change_head.is_some() {
        vec![before_text(24)]
    } else if rate {
        // a rate: what precedes and what follows (矛盾纠纷 100% 化解在基层)
        let rest: String = after.iter().take(10).collect();
        // (…要求的60%的目标: one 的 between them)
        let before = before_text(16);
        let rest = match rest.strip_prefix('的') {
            Some(tail) if before.ends_with('的') => tail.to_owned(),
            _ => rest,
        };
        vec![format!("{before}{rest}"), before, rest]
    } else if attending {
        // the people named before the figure; failing that, what they take part in
        let head: String = after.iter().take(16).collect();
        vec![before_text(24), head]
    } else if after_names && before.last() == Some(&'等') {
        // 省委宣传部、省文明办等11家单位: the list and its kind, or its kind alone when that
        // does not fit a label
        let head: String = after.iter().take(16).collect();
        let whole = tidy(&format!("{}{head}", before_text(24)));
        if before_text(24).chars().count() == before.len()
            && whole.chars().count() <= MAX_LABEL_CHARS
        {
            vec![head, whole]
        } else if is_usable(&tidy(&head)) {
            vec![head]
        } else {
            return format!("{average}{}{mark}", tidy(&head));
        }
    } else if after_names {
        let head: String = after.iter().take(16).collect();
        // 为新就业群体提供30多项服务: a generic noun after the figure names the thing with the
        // verb before it
        // 与县区政府共签约29个项目: a verb that makes the figure count something else names
        // it with that verb (签约项目)
        let breaker = v
            .subject_breakers
            .iter()
            .find(|w| w.len() >= 2 && ends_with(&clause, w));
        if v.not_labels.contains(&after) && ends_with_building_verb(&before_text(24)) {
            vec![format!("{}{head}", before_text(24)), head, before_text(24)]
        } else if let Some(verb) = breaker.filter(|_| v.not_labels.contains(&after)) {
            let verb: String = verb.iter().collect();
            vec![format!("{verb}{head}"), head, before_text(24)]
        } else {
            vec![head, before_text(24)]
        }
    } else if before.last() == Some(&'等') && matches!(unit, "部门" | "家" | "个" | "所" | "地")
    {
        // 省委社会工作部、省委组织部等9部门
        vec![format!("{}{unit}", before_text(24)), before_text(24)]
    } else {
        vec![before_text(24)]
    };
    let clause_text: String = tail_at_boundary(&clause, 24, MAX_LABEL_CHARS)
        .into_iter()
        .collect();
    // the first tidied candidate that is usable and does not end with a verb of building, else
    // the first usable one: candidates are tidied in order only until the first kind is found
    // (most often the first candidate)
    let mut tidied: Vec<String> = Vec::with_capacity(candidates.len());
    let mut fitting = None;
    for candidate in &candidates {
        let candidate = tidy(candidate);
        if is_usable(&candidate) && !ends_with_building_verb(&candidate) {
            fitting = Some(candidate);
            break;
        }
        tidied.push(candidate);
    }
    fitting
        .or_else(|| tidied.into_iter().find(|c| is_usable(c)))
        .or_else(|| Some(tidy(&clause_text)).filter(|c| is_usable(c)))
        // 服务575人次: a verb of serving alone before a count of people names that count
        .or_else(|| {
            let alone: Vec<char> = tidy(&clause_text).chars().collect();
            let (_, count) = v.people_counts.iter().find(|(u, _)| u == unit)?;
            v.serving_verbs
                .contains(&alone)
                .then(|| format!("{}{count}", alone.iter().collect::<String>()))
        })
        // 2个项目上榜: a generic noun right after the figure is still what it counts
        .or_else(|| {
            Some(tidy(&after_text)).filter(|c| {
                let c: Vec<char> = c.chars().collect();
                v.generic_nouns.contains(&c)
            })
        })
        // 开展“公益行”系列活动,共举办3000多项: a verb of building alone names its object in
        // the clause before; failing that the verb stays, as a reader can still follow it
        .or_else(|| {
            let alone: Vec<char> = tidy(&clause_text).chars().collect();
            v.building_verbs.contains(&alone).then(|| {
                object_before(chars, clause_start, is_break)
                    .unwrap_or_else(|| alone.iter().collect())
            })
        })
        // 成立不足6个月: a verb before a length of time counts how long it lasted
        .map(|label| {
            let label_chars: Vec<char> = label.chars().collect();
            // (a verb of doing only when it follows the figure: 连续11年编制发布)
            let follows_figure = chars[thing..].starts_with(&label_chars);
            let ends_in_verb = v
                .building_verbs
                .iter()
                .chain(v.predicate_starts.iter())
                .chain(v.action_verbs.iter().filter(|_| follows_figure))
                .any(|w| ends_with(&label_chars, w));
            if ends_in_verb && v.duration_units.iter().any(|u| u == unit) {
                format!("{label}时长")
            } else if let Some((_, count)) = v.people_counts.iter().find(|(u, _)| {
                u == unit && v.reach_verbs.iter().any(|w| ends_with(&label_chars, w))
            }) {
                // 服务覆盖10万人次: what the figure counts is the people reached
                format!("{label}{count}")
            } else if only_verbs(&label_chars) {
                // 各类意见建议,今年以来,全区收集了3200条: the verb's object is the topic
                match topic_before(chars, clause_start) {
                    Some(topic) => format!("{label}{topic}"),
                    None => label,
                }
            } else {
                label
            }
        })
        // 培训民政系统、文明办系统和……业务负责人330人次: a label longer than a table cell
        // holds loses the verb that opens it, leaving the people or things counted
        .map(|label| {
            let label_chars: Vec<char> = label.chars().collect();
            let verb = longest_at(&v.subject_breakers, &label_chars)
                .max(longest_at(&v.building_verbs, &label_chars))
                .max(longest_at(&v.action_verbs, &label_chars));
            if label_chars.len() > MAX_LABEL_CHARS && verb >= 2 && label_chars.len() - verb >= 2 {
                label_chars[verb..].iter().collect()
            } else {
                label
            }
        })
        // 全国志愿服务信息系统“上海志愿者网”实名认证注册志愿者: a label still too long loses
        // the quoted name and what stands before it (the platform or body the counted thing is
        // registered in or belongs to)
        .map(after_quoted_name_to_fit)
        // 4名个人、1个项目等8个典型获评……: an item counted as one that received the honour;
        // 5个组织入选全省先进典型: the counted things as the commended (honours.rs)
        .map(|label| {
            if label != tidy(&after_text) {
                label
            } else {
                let item = honours::honoured_item(chars, after_end, label.clone());
                if item == label {
                    honours::honoured_thing(chars, after_end, label)
                } else {
                    item
                }
            }
        })
        // 3506人通过考试, 通过考试的2890人: people counted by what they did (acts.rs)
        .map(|label| acts::people_by_their_act(chars, quantity_start, thing, unit, label))
        // 其中女性占40%: the part's share (shares.rs)
        .map(|label| shares::part_share(label, unit))
        // 78%的骑手: the share of the things named after it
        .map(|label| shares::share_of_things_after(chars, quantity_end, thing, unit, label))
        .map(without_adverbs_before_verbs)
        .map(|label| format!("{average}{label}{mark}"))
        .unwrap_or_default()
}

/// The end of a citation mark that starts at `at` ([2], [12]: an AI summary's or a wiki's
/// reference to its source), if one does; it closes a statement as a full stop would. Other
/// bracketed text (forum markup, [color]) is no such mark.
fn citation_at(chars: &[char], at: usize) -> Option<usize> {
    if chars.get(at) != Some(&'[') {
        return None;
    }
    let digits = chars[at + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    (digits > 0 && digits <= 3 && chars.get(at + 1 + digits) == Some(&']'))
        .then_some(at + 2 + digits)
}

/// Where the counted noun starts when a modifier of what a group is made of opens the words
/// after a figure (以快递员、外卖员为主的 + 新就业形态劳动者), or a relative clause opened by 在
/// does (在本月过生日的 + 外卖员): after the modifier's closing words, when they close it within
/// its clause and a noun follows.
fn framed_noun_start(chars: &[char], thing: usize) -> Option<usize> {
    let v = vocabulary();
    let rest = chars.get(thing..)?;
    if longest_at(&v.relative_openers, rest) > 0 && longest_at(&v.opener_words, rest) == 0 {
        // 8名在本月过生日的外卖员: the noun after the clause's 的
        return (thing + 2..chars.len().min(thing + 24))
            .take_while(|&i| !(is_clause_break(chars[i]) && chars[i] != '、') && chars[i] != '\n')
            .find(|&i| chars[i] == '的')
            .filter(|&i| chars.get(i + 1).is_some_and(|&c| is_han(c)))
            .map(|i| i + 1);
    }
    if chars.get(thing) != Some(&'以') {
        return None;
    }
    (thing + 2..chars.len().min(thing + 24))
        .take_while(|&i| !(is_clause_break(chars[i]) && chars[i] != '、') && chars[i] != '\n')
        .find_map(|i| {
            let close = longest_at(&v.framing_closers, &chars[i..]);
            (close > 0 && chars.get(i + close).is_some_and(|&c| is_han(c) || c == '“'))
                .then_some(i + close)
        })
}

/// The object of the last verb of building in the clause that ends right before `clause_start`
/// (开展“公益行”系列活动 → “公益行”系列活动), when it is a usable label.
fn object_before(
    chars: &[char],
    clause_start: usize,
    is_break: impl Fn(char) -> bool,
) -> Option<String> {
    let end = clause_start.checked_sub(1)?;
    let from = end.saturating_sub(crate::catalog::CONTEXT_CHARS);
    let start = chars[from..end]
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(from, |p| from + p + 1);
    let clause = &chars[start..end];
    let v = vocabulary();
    let at = (0..clause.len()).rev().find_map(|i| {
        longest_at(&v.building_verbs, &clause[i..])
            .checked_sub(1)
            .map(|n| i + n + 1)
    })?;
    Some(tidy(&clause[at..].iter().collect::<String>())).filter(|label| is_usable(label))
}

/// `label` when it fits a table cell; else what follows the first quoted name in it that leaves a
/// usable label of a cell's length (志愿服务信息系统“上海志愿者网”实名认证注册志愿者 → 实名认证
/// 注册志愿者): a name in quotation marks with the words before it is the platform, system or
/// body the counted thing is registered in or belongs to, which a modifier tells and the head
/// after it does not need. Unchanged when no such name is there, and inside a list of names.
fn after_quoted_name_to_fit(label: String) -> String {
    let chars: Vec<char> = label.chars().collect();
    if chars.len() <= MAX_LABEL_CHARS {
        return label;
    }
    chars
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == '”')
        .map(|(i, _)| &chars[i + 1..])
        // a run of quoted names (“友好街区”“友好商圈”等场景) is a list: never cut inside it
        .filter(|rest| !rest.iter().any(|c| matches!(c, '“' | '、' | '等')))
        .map(|rest| tidy(&rest.iter().collect::<String>()))
        .find(|rest| rest.chars().count() <= MAX_LABEL_CHARS && is_usable(rest))
        .unwrap_or(label)
}

/// Verbs of change to a level (增加到, 上升至, 降至), longest first, with the mark of the figure
/// after one (the level reached) and, for the figure before one, the starting value (（起始）).
const CHANGE_TO_VERBS: &[(&str, &str)] = &[
    ("增加到了", "（增至）"),
    ("发展到了", "（增至）"),
    ("增加到", "（增至）"),
    ("增长到", "（增至）"),
    ("增长至", "（增至）"),
    ("提高到", "（增至）"),
    ("提高至", "（增至）"),
    ("提升到", "（增至）"),
    ("提升至", "（增至）"),
    ("上升到", "（增至）"),
    ("上升至", "（增至）"),
    ("发展到", "（增至）"),
    ("发展至", "（增至）"),
    ("扩展到", "（增至）"),
    ("扩大到", "（增至）"),
    ("扩大至", "（增至）"),
    ("增至", "（增至）"),
    ("下降到", "（减至）"),
    ("下降至", "（减至）"),
    ("减少到", "（减至）"),
    ("减至", "（减至）"),
    ("降至", "（减至）"),
];
