//! A news page that sets its photos between its paragraphs, each with a caption saying what the
//! photo shows and who took it (图为…… 张三 摄), had been cut into one article a paragraph at each
//! credit: the topic check then measured the first paragraph alone, found too few terms and
//! dropped the story with all its figures (figures16). A caption that describes its photo (图为)
//! followed by a body paragraph goes on with the story; a bare credit that closes a photo story,
//! and a credit followed by the next story's headline, still close an article. Short articles
//! written for these tests.

use jianbao_extract::ingest::Normalized;

use crate::support::article;

use article::has;

fn articles(text: &str) -> usize {
    Normalized::new(text).articles().len()
}

#[test]
fn captions_between_paragraphs_keep_the_story_whole() {
    for (text, figures) in [
        (
            "东山县举办志愿服务集市\n时间:2025-05-16 来源:东山融媒\n\u{3000}\u{3000}5月15日,由东山县委社会工作部、县文明办主办的志愿服务集市在人民广场开市,30余家单位参加。\n图为集市现场。 林华 摄\n\u{3000}\u{3000}集市上,各单位为群众提供义诊、法律咨询和家电维修服务,发放宣传资料2000余份。\n图为医护人员为老人量血压。 林华 摄\n\u{3000}\u{3000}今年以来,该县已举办集市活动12场,服务群众5000余人次。\n",
            vec![(12.0, "场"), (5000.0, "人次")],
        ),
        (
            "西岭社区开展邻里节活动\n  本网讯 近日,西岭社区联合辖区单位开展邻里节活动。\n图为居民包饺子。 记者 陈晨 摄\n  活动中,志愿者为居民提供理发、磨刀等服务。社区共组织志愿者86名参加服务。\n图为志愿者为老人理发。 记者 陈晨 摄\n  据悉,社区今年已开展志愿服务活动43场。\n",
            vec![(86.0, "名"), (43.0, "场")],
        ),
        (
            "南湖街道社工站服务困难群众\n南湖街道社会工作服务站成立一年来,为辖区困难群众提供个案服务。\n圖為社工入户走訪。 王敏 攝\n社工站累计开展个案服务320例,链接慈善资金18万元。\n",
            vec![(320.0, "例"), (180_000.0, "元")],
        ),
    ] {
        assert_eq!(articles(text), 1, "{text}");
        let facts = article::facts_of("article.txt", text);
        for (value, unit) in figures {
            assert!(has(&facts, value, unit), "{value}{unit}: {text}: {facts:#?}");
        }
    }
}

#[test]
fn credits_that_close_a_story_still_split_the_page() {
    for text in [
        // a bare credit closing a photo story, then the next story's headline
        "社区志愿者清扫楼道\n志愿者们利用周末清扫楼道,清理小广告。\n记者 张三 摄\n县里召开社会工作会议\n会议总结了一年来的社会工作。\n",
        // a caption, then the next story's headline
        "志愿者走进敬老院\n志愿者为老人表演节目。\n图为志愿者与老人合影。 李四 摄\n全市新就业群体服务站建成投用\n服务站为骑手提供休息场所。\n",
        // a bare credit, then a paragraph: a page of photo stories
        "新春慰问\n图片新闻:社区干部走访困难家庭。\n本报记者 王五 摄\n社区志愿者为居民写春联,送上新春祝福。\n",
    ] {
        assert_eq!(articles(text), 2, "{text}");
    }
}
