//! Whose figure it is, for heldout20's counted theme kind (round theme22), on short articles written for
//! these tests: an express or delivery trade's economy (its business volume and revenue, its
//! firms and outlets as its stock) told as the setting of the workers' remit is context.

use jianbao_facts::Theme;

use crate::support::article;

use article::{facts_of, find};

/// The theme of the figure `value` `unit` of `facts`.
fn theme(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Theme {
    find(facts, value, unit).theme
}

/// The trade's business (快递业务量, 业务收入, 日均处理快件, its change) and its firms and outlets
/// after a verb of having are the industry's economy (`other`); the couriers, their stations and
/// the care given them stay new-employment work.
#[test]
fn a_trades_business_and_stock_are_context() {
    let pages = [
        (
            "党建引领快递行业高质量发展\n\n2025年3月12日 来源:衢州日报\n\n\
             衢州市柯城区委社会工作部推进新就业群体党建工作。全区现有快递企业36家、快递网点410个,\
             2024年快递业务量达1.2亿件,快递业务收入9.6亿元。全区共有快递员2100余名。\n\n\
             今年以来,区委社会工作部建成“小哥驿站”42个,累计服务快递员、外卖员3万余人次。\n",
            vec![(36.0, "家"), (410.0, "个"), (120_000_000.0, "件"), (960_000_000.0, "元")],
            vec![(2100.0, "名"), (42.0, "个"), (30000.0, "人次")],
        ),
        (
            "温暖“小哥”在行动\n\n2024年9月3日 来源:湖州日报\n\n\
             湖州市南浔区委社会工作部关心关爱新就业群体。据统计,全区快递业务量去年突破2亿件,同比增长18%,\
             邮政快递业务收入达15亿元,日均处理快件55万件。\n\n\
             区委社会工作部联合邮政管理部门建设暖新驿站45个,开展关爱活动60余场。\n",
            vec![(200_000_000.0, "件"), (18.0, "%"), (1_500_000_000.0, "元"), (550_000.0, "件")],
            vec![(45.0, "个"), (60.0, "场")],
        ),
        (
            "快递小哥有了“暖心家园”\n\n2024年12月2日 来源:滁州日报\n\n\
             滁州市南谯区委社会工作部以党建引领新就业群体服务管理。全区共有邮政快递企业14家,\
             末端快递网点近300个,今年1-10月完成快递业务量6300万件。\n\n\
             区委社会工作部依托党群服务中心建成骑手驿站18个,为快递员免费体检520人次。\n",
            vec![(14.0, "家"), (300.0, "个"), (63_000_000.0, "件")],
            vec![(18.0, "个"), (520.0, "人次")],
        ),
    ];
    for (text, context, workers) in pages {
        let facts = facts_of("trade.txt", text);
        for (value, unit) in context {
            assert_eq!(
                theme(&facts, value, unit),
                Theme::Other,
                "{value}{unit}: {text}"
            );
        }
        for (value, unit) in workers {
            assert_eq!(
                theme(&facts, value, unit),
                Theme::NewEmploymentGroups,
                "{value}{unit}: {text}"
            );
        }
    }
}

/// Firms the remit reaches (走访, 涵盖, 摸排), a trade's party organisations and a hotline's own
/// volume are no trade economy: they keep their remit.
#[test]
fn firms_the_remit_reaches_keep_it() {
    let facts = facts_of(
        "reach.txt",
        "新就业群体服务再升级\n\n2024年8月6日 来源:嘉兴日报\n\n\
         嘉兴市南湖区委社会工作部关心关爱新就业群体。今年以来,部里走访平台企业5家,\
         “暖新”活动涵盖12家快递外卖企业,摸排出区域内2家外卖平台近200名骑手。\
         全区快递企业党组织已建立8个。\n",
    );
    assert_eq!(theme(&facts, 5.0, "家"), Theme::NewEmploymentGroups);
    assert_eq!(theme(&facts, 12.0, "家"), Theme::NewEmploymentGroups);
    assert_ne!(theme(&facts, 8.0, "个"), Theme::Other);
    let hotline = facts_of(
        "hotline.txt",
        "12345热线服务群众诉求\n\n2024年8月6日 来源:嘉兴日报\n\n\
         嘉兴市12345政务服务便民热线今年上半年业务量达42万件,受理群众诉求38万件,信访事项办结率98%。\n",
    );
    assert_eq!(
        theme(&hotline, 420_000.0, "件"),
        Theme::PetitionsAndProposals
    );
}
