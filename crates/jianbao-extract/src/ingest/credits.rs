//! A credit line that runs on into the article. Reposts and aggregators often lose the line
//! breaks after an article's credits or photo caption, so the source line (来源:大众日报 记者 …),
//! a caption (图为……) or a crumb runs on into the body's sentences on one line. Such a line
//! opens as page furniture, and read as furniture whole it took the article's body with it (a
//! page of three figures gave nothing). Its first sentence is the credit or the caption; the
//! sentences after it are the body.

use super::furniture::opens_furniture;
use super::is_sentence_end;

/// After the credit's sentence, the body runs on for at least this many characters …
const MIN_BODY_CHARS: usize = 30;

/// … holding at least one more sentence end, or this many characters when it holds none (an
/// excerpt cut mid-sentence).
const MIN_UNENDED_BODY_CHARS: usize = 60;

/// Where the body starts in a (normalised) line that opens as page furniture and runs on past
/// its first sentence into the article's sentences; `None` for a line that is furniture whole.
pub fn body_after_credit(line: &[char]) -> Option<usize> {
    if !opens_furniture(line) {
        return None;
    }
    let end = line.iter().position(|&c| is_sentence_end(c))?;
    // the closing quotes and brackets of the credit's sentence stay with it
    let start = end
        + 1
        + line[end + 1..]
            .iter()
            .take_while(|&&c| matches!(c, '”' | '"' | '’' | ')' | '）'))
            .count();
    let body = &line[start..];
    let han = body
        .iter()
        .filter(|&&c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        .count();
    let ended = body.iter().any(|&c| is_sentence_end(c));
    let long_enough = han >= MIN_BODY_CHARS && (ended || han >= MIN_UNENDED_BODY_CHARS);
    long_enough.then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(line: &str) -> Option<String> {
        let chars: Vec<char> = line.chars().collect();
        body_after_credit(&chars).map(|k| chars[k..].iter().collect())
    }

    #[test]
    fn a_credit_run_on_into_the_body_gives_the_body_back() {
        assert_eq!(
            body("来源:晚报记者张三通讯员李四 3月5日,社区志愿者为老人理发。3月5日上午,街道新时代志愿服务队开展活动,志愿者为120户居民上门服务,发放宣传资料300份。").as_deref(),
            Some("3月5日上午,街道新时代志愿服务队开展活动,志愿者为120户居民上门服务,发放宣传资料300份。")
        );
        // a caption that runs on
        assert_eq!(
            body("图为社工入户走访。(记者王五摄)今年以来,全区社工站开展个案服务210个,链接慈善资源86万元,服务困难群众3.2万人次。").as_deref(),
            Some("(记者王五摄)今年以来,全区社工站开展个案服务210个,链接慈善资源86万元,服务困难群众3.2万人次。")
        );
    }

    #[test]
    fn furniture_whole_stays_furniture() {
        for line in [
            "来源:人民日报",
            "来源:晚报。责任编辑:张三",
            "图为志愿者为居民理发。",
            "原标题:社区来了新驿站。首页",
            // an ordinary body line is no credit
            "今年以来,全区社工站开展个案服务210个。社工入户走访困难群众,链接资源服务3.2万人次,群众满意。",
        ] {
            assert_eq!(body(line), None, "{line}");
        }
    }
}
