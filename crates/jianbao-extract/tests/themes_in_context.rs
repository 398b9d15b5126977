//! A figure's theme on short articles written for these tests: 社区 is where every remit works,
//! so a remit's own word in the figure's sentence decides before it; communities that are
//! themselves what a figure counts stay grassroots work; a word inside a longer theme word
//! (服务站 in 社区服务站) is not read on its own.

#[path = "support/article.rs"]
mod article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn a_social_work_stations_community_work_is_social_work() {
    let facts = facts_of(
        "sgz.txt",
        "南宁市乡镇社工站服务成效\n\
         2024年11月，南宁市委社会工作部介绍，全市社会工作者扎根基层。\
         今年以来各乡镇社工站开展社区活动420余场次，受益群众约2.1万人。\n",
    );
    assert_eq!(find(&facts, 21_000.0, "人").theme, Theme::SocialWorkers);
}

#[test]
fn communities_counted_with_no_remit_in_their_clause_stay_grassroots() {
    let facts = facts_of(
        "jiangbu.txt",
        "安顺市城乡社区建设\n\
         2024年12月，安顺市委社会工作部介绍，全市志愿服务和社会工作持续发力，\
         志愿服务项目得到省级扶持，5个村(社区)获省级城乡社区奖补资金支持。\n",
    );
    assert_eq!(find(&facts, 5.0, "个").theme, Theme::GrassrootsGovernance);
}

#[test]
fn a_community_service_station_is_no_drivers_station() {
    let facts = facts_of(
        "fuwuzhan.txt",
        "北京市社区服务站建设\n\
         2024年5月，北京市委社会工作部介绍，全市基层治理持续深化，社区工作者队伍不断壮大，\
         各社区服务站可办理政府公共服务事项30余项。\n",
    );
    assert_eq!(find(&facts, 30.0, "项").theme, Theme::GrassrootsGovernance);
}
