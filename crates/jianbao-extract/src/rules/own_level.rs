//! Whether a figure is an organisation's own rather than its place's: the level rules that
//! move a figure to `Level::Org` (a named organisation, its members, a facility's floor area,
//! a located organisation's reach, the organisation a page or paragraph is about) and the one
//! that moves it back (the place's volunteers sent through its association).

use crate::numbers::Quantity;
use crate::placing::{own_figures, Where};
use jianbao_facts::Level;
use std::ops::Range;

/// One figure in its sentence, as the level rules read it.
pub(super) struct FigureInSentence<'a> {
    pub s: &'a [char],
    pub quantities: &'a [Quantity],
    pub k: usize,
    /// The figure's own clause in `s`.
    pub clause: Range<usize>,
    /// The last place its sentence names before it.
    pub named: Option<&'a (Range<usize>, Where)>,
    /// The sentence opens with a central body (the country's figures).
    pub central: bool,
    /// The sentence's clause with one organisation as its subject (该协会现有……).
    pub org_subject: Option<&'a Range<usize>>,
    /// The level of the figure before it in its sentence that counts in the same unit.
    pub whole_before: Option<Level>,
}

/// The places in force where the figure is read.
pub(super) struct InForce {
    pub home: Option<Where>,
    pub sticky: Option<Where>,
    pub org_in_force: Option<Where>,
    /// The page is an organisation's own.
    pub home_org: bool,
    /// The page is a volunteer association's.
    pub home_association: bool,
}

/// The figure's level: `place_level` (the level of the place it is attached to) unless the
/// sentence or the page tells it as an organisation's own.
pub(super) fn figure_level(f: &FigureInSentence, force: &InForce, place_level: Level) -> Level {
    let (s, central, named) = (f.s, f.central, f.named);
    let q = &f.quantities[f.k];
    let mut level = place_level;
    // 昭通市秋城志愿服务中心累计实施……: an organisation's own figure, at its place
    if let Some((r, Where::Place(_))) = named {
        let whole_word =
            matches!(s[r.start], '全' | '我' | '本') || s.get(r.start + 1) == Some(&'里');
        if !whole_word && crate::attach::org_after(s, r.end, q.number_start) {
            level = Level::Org;
        }
    }
    // 全市有建议员126名,其中2名成员……: members a part (其中) of a wider whole counted
    // just before are that whole's people, not an organisation's membership
    let part_of_wider_whole = s[f.clause.start..q.number_start].starts_with(&['其', '中'])
        && f.whole_before.is_some_and(|whole| whole != Level::Org);
    // 由辖区党员、居民等317人组成: what the organisation is made of (placing/own_figures.rs)
    let composition = own_figures::counts_composition(s, q.number_start, q.range.end);
    if !part_of_wider_whole
        && (composition || crate::attach::counts_own_members(s, q.number_start, q.range.end))
    {
        level = Level::Org;
    }
    // (the organisation's own place may open its name: 温州市鞋业协会现有……)
    let org_told = f.org_subject.is_some_and(|subject| {
        q.number_start >= subject.end
            && named.is_none_or(|(r, _)| r.end <= subject.end)
            && !crate::attach::counts_the_kind(&s[subject.end..q.number_start])
            // 党群服务站位于……,辖区现有企业120家: a whole named after the subject
            && !own_figures::names_whole(&s[subject.end..q.number_start])
    });
    if org_told && !central {
        level = Level::Org;
    }
    // 50多平方米的驿站: one facility's floor area is its own (placing/own_figures.rs)
    if !central && own_figures::is_facility_area(s, f.quantities, f.k, f.clause.end) {
        level = Level::Org;
    }
    // ……党群服务站位于……,辐射周边6幢商务楼宇: a located organisation's own reach
    // (a street the clause of whereabouts names places it, and is no other subject)
    let named_outside_whereabouts = named.is_some_and(|(r, _)| {
        own_figures::located_org(s).is_none_or(|at| r.start < at.start || r.end > at.end)
    });
    if !central && !named_outside_whereabouts && own_figures::told_by_located_org(s, q.number_start)
    {
        level = Level::Org;
    }
    if force.home_org && force.sticky == force.home && named.is_none() && !central {
        level = Level::Org;
    }
    // “我们站里有17名工作人员” after 睢宁聚蜂同行社工服务站采用……: the
    // organisation's own figure
    if named.is_none()
        && !central
        && force.org_in_force.is_some()
        && force.sticky == force.org_in_force
    {
        level = Level::Org;
    }
    // 某市青年志愿者协会派出志愿者200名: the place's volunteers, sent through its
    // association (placing/deployments.rs), not the association's own
    if level == Level::Org
        && !composition
        && !crate::attach::counts_own_members(s, q.number_start, q.range.end)
        && (crate::placing::association_deploys(
            s,
            f.clause.clone(),
            q.number_start,
            force.home_association && named.is_none(),
        )
        // 市志愿者协会现有注册志愿者3.2万名: the place's register, kept by its association
        || crate::placing::association_counts_registry(
            s,
            f.clause.clone(),
            q.number_start,
            force.home_association && named.is_none(),
        ))
    {
        level = place_level;
    }
    level
}
