//! What a reading carries from sentence to sentence: the paragraph it is in, the place, date,
//! organisation and cut-off in force, and each sentence's places and dates recognised against
//! them (split from figures.rs, which attaches and classifies each figure).

use super::*;

impl Reading {
    /// Paragraph bookkeeping before a sentence is read: a new paragraph (or the headline)
    /// drops the date, organisation and theme carried from the last one.
    pub(super) fn enter(&mut self, chars: &[char], sentence: &Range<usize>, in_headline: bool) {
        if in_headline {
            // about the article's own place and date, like a self.paragraph of its own (the
            // lead's statistical cut-off dates the body's figures, not the title's)
            self.carried_date = None;
            self.years_past = false;
            self.cutoff = None;
            self.paragraph_theme = std::cell::OnceCell::new();
            self.paragraph = sentence.clone();
            self.sticky = self.home;
        } else if sentence.start >= self.paragraph.end {
            // (a list's items keep the date of the heading above them)
            if !crate::dates::under_list_heading(chars, sentence.start) {
                self.carried_date = None;
            }
            self.years_past = false;
            self.org_in_force = self
                .org_in_force
                .filter(|_| crate::attach::opens_with_org_kind(&chars[sentence.clone()]));
            // (the organisation goes on at its own place, below the article's)
            let org_place = self.org_in_force;
            self.paragraph_theme = std::cell::OnceCell::new();
            self.paragraphs_met += 1;
            let previous = self.paragraph.clone();
            self.paragraph = sentence.start
                ..(sentence.start..chars.len())
                    .find(|&i| chars[i] == '\n')
                    .unwrap_or(chars.len());
            // a new self.paragraph is about the article's own place again, unless it goes on
            // with the story of the last one (names a “term” the last one named)
            if org_place.is_some() {
                self.sticky = org_place;
            } else if !continues_story(&chars[sentence.clone()], &chars[previous]) {
                self.sticky = self.home;
            }
        }
    }

    /// Recognise and attach the sentence's places: the places it names that hold for its
    /// figures, with the streets, zones and parts (其中……) it names.
    pub(super) fn sentence_places(
        &self,
        page: &Page,
        setting: &Setting,
        locals: &mut Locals,
        s: &[char],
        quantities: &[Quantity],
    ) -> Vec<(Range<usize>, Where)> {
        let g = page.g;
        let (named_cities, named_most) = (&page.named_cities, &page.named_most);
        let (article_province, default) = (setting.article_province, setting.default);
        let (home, sticky) = (self.home, self.sticky);
        let home_street = home.filter(|_| setting.headed_by_local);
        let numbers: Vec<usize> = quantities.iter().map(|q| q.number_start).collect();
        let mut places: Vec<(Range<usize>, Where)> =
            mentions(g, s, article_province, default, named_cities, named_most)
                .into_iter()
                .filter(|(r, _, _)| crate::attach::designation_holds(s, r, &numbers))
                // 是合肥市规模最大的……: the whole a subject ranks in (placing/own_figures.rs)
                .filter(|(r, _, _)| !own_figures::ranks_within(s, r))
                .filter(|(r, w, explicit)| match w {
                    // a place that governs the article's own place says nothing more
                    // specific, unless the text says the whole of it (全市) or it is the
                    // subject of a figure's clause (浙江共计有……)
                    Where::Place(p) => {
                        *explicit
                            || !governs_home(g, *p, default, home_street)
                            || crate::attach::opens_figure_clause(s, r, &numbers)
                            // 省慈善总会……: the province's organisation as its clause's subject
                            || crate::placing::is_level_org(s, r)
                    }
                    _ => true,
                })
                .map(|(r, w, _)| (r, w))
                .collect();
        add_local_places(g, s, &mut places, locals, sticky);
        whole_zone(s, &mut places, home, locals);
        drop_venues_and_join(g, s, &mut places);
        // 表彰了吴兴区、德清县等5个先进县区: examples of a counted set place no figure
        crate::awards::drop_examples(s, quantities, &mut places);
        add_part_scopes(g, s, &mut places, sticky);
        crate::placing::drop_parts_below_community(&mut places, home, locals);
        add_unit_subjects(locals, s, &mut places, home);
        // ……党群服务中心地处锦江区……: where an organisation is, not whose figures follow
        // (placing/own_figures.rs)
        // (a street or community it names there is where the organisation is: its own figures,
        // level org, are at that street, as a complex's profile places them)
        if let Some(at) = own_figures::located_org(s) {
            places.retain(|(r, w)| {
                r.end <= at.start || r.start >= at.end || matches!(w, Where::Local(..))
            });
        }
        places
    }

    /// Recognise the sentence's dates, resolving 全年 and 过去一年 to the last year named.
    pub(super) fn sentence_dates(
        &mut self,
        s: &[char],
        article_date: &DocDate,
    ) -> Vec<DateMention> {
        let mut dates = find_dates(s, article_date);
        // 全年, 过去一年 in an undated text: the year it last named (2023年,全市……;
        // 据介绍,全年全市……)
        for d in dates.iter_mut().filter(|d| d.as_of.is_none()) {
            let word: String = s[d.start..d.end].iter().collect();
            if word == "全年" || crate::dates::PAST_YEAR.contains(&word.as_str()) {
                d.as_of = self.last_year.map(|y: i32| format!("{y:04}"));
            }
        }
        if let Some(y) = dates.iter().rev().find_map(|d| {
            let written = s.get(d.start..d.start + 5)?;
            let year: String = written[..4].iter().collect();
            (written[4] == '年' && d.as_of.is_some()).then(|| year.parse().ok())?
        }) {
            self.last_year = Some(y);
        }
        dates
    }

    /// What the sentence leaves in force for the next: its date, the lead's statistical
    /// cut-off, the place it was about, the organisation it opened with.
    pub(super) fn carry_forward(
        &mut self,
        g: &Gazetteer,
        setting: &Setting,
        s: &[char],
        places: &[(Range<usize>, Where)],
        dates: &[DateMention],
    ) {
        let default = setting.default;
        self.years_past = crate::dates::years_past_after(s, dates, self.years_past);
        if let Some(d) = dates
            .iter()
            .rev()
            .find_map(|d| crate::dates::figure_date(s, d))
        {
            self.carried_date = Some(d);
        }
        let cut_off = |d: &&crate::dates::DateMention| {
            d.start >= 2 && matches!(&s[d.start - 2..d.start], ['截', '至' | '止'])
        };
        if let Some(d) = dates
            .iter()
            .rev()
            .filter(cut_off)
            .find_map(|d| d.as_of.clone())
            .filter(|_| self.paragraphs_met == 1)
        {
            self.cutoff = Some(d);
        }
        // a place that governs the article's own one (全省 in a city's article) says where
        // its own clause's figure is, and the story goes on about the article's place
        let home_street = self.home.filter(|_| setting.headed_by_local);
        // 我市坚持……, 全市建成……: the city or district said as a whole (not a province above the
        // article's own place) in an article headed by a street or community is what the
        // paragraph goes on about, as a review of a city's work names one community early
        let said_whole = |r: &Range<usize>, p: PlaceId| {
            r.len() == 2
                && matches!(s[r.start], '全' | '我' | '本')
                && default.is_none_or(|d| p == d || !g.contains(p, d))
        };
        // 省慈善总会共接收……。其中,……: an organisation named by its level word that led a
        // figure's clause (placing.rs `level_org_at`; kept only so) goes on as the subject
        let level_org = |r: &Range<usize>| crate::placing::is_level_org(s, r);
        let governs = |r: &Range<usize>, w: &Where| match w {
            Where::Place(p) => {
                governs_home(g, *p, default, home_street) && !said_whole(r, *p) && !level_org(r)
            }
            _ => false,
        };
        // (the parts of a breakdown, 其中大冶市573件,阳新县278件, leave the whole in force)
        if let Some((r, w)) = places
            .iter()
            .rev()
            .find(|(r, w)| *w != Where::National && !crate::placing::breakdown_part(s, r))
        {
            if !governs(r, w) {
                self.sticky = Some(*w);
            }
        }
        // (the country named in a comparison, 名列全国前茅, leaves the organisation in force)
        let local: Vec<&(Range<usize>, Where)> = places
            .iter()
            .filter(|(_, w)| *w != Where::National)
            .collect();
        if let Some((r, w)) = local.first() {
            self.org_in_force = (local.len() == 1
                && matches!(w, Where::Place(_))
                && crate::attach::opens_with_org(s, r))
            .then_some(*w);
        }
    }
}
