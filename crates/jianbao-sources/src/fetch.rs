//! `jianbao fetch URL... --into DIR`: saves pages into a sources directory, each with a
//! `sources.toml` entry (address, fetch time, title, date, outlet), politely: a user agent that
//! names the tool, timeouts for connecting and for the whole transfer, a size limit, a few
//! redirects at most, no JavaScript and nothing but the page itself.

use crate::{Format, Rendering, SourceError};
use jianbao_facts::{Manifest, SourceInfo};
use std::path::{Path, PathBuf};
use std::time::Duration;
use ureq::ResponseExt;

/// How pages are fetched.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    pub connect_timeout: Duration,
    /// The whole request, from connecting to the last byte.
    pub total_timeout: Duration,
    pub max_bytes: u64,
    pub max_redirects: u32,
    pub user_agent: String,
    /// Use the proxy that `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY` name.
    pub env_proxy: bool,
}

impl Default for FetchOptions {
    fn default() -> FetchOptions {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(60),
            max_bytes: 20 * 1024 * 1024,
            max_redirects: 5,
            user_agent: format!(
                "jianbao/{} (briefing tool; fetches single pages on request)",
                env!("CARGO_PKG_VERSION")
            ),
            env_proxy: true,
        }
    }
}

/// A page saved into the sources directory.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub url: String,
    /// The address after redirects, when it differs.
    pub final_url: Option<String>,
    pub file: String,
    pub bytes: usize,
    pub entry: SourceInfo,
    /// The manifest already had an entry for this file, which was kept.
    pub entry_kept: bool,
}

/// Why a page was not saved.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{url}: not an http(s) address; give the page's full address, starting with https:// or http://")]
    NotHttp { url: String },
    #[error("{url}: the server answered {status}; check the address in a browser")]
    Status { url: String, status: u16 },
    #[error("{url}: no complete answer within {seconds} s; try again later or save the page from a browser")]
    Timeout { url: String, seconds: u64 },
    #[error(
        "{url}: the page is larger than {limit} bytes; save the article from a browser instead"
    )]
    TooLarge { url: String, limit: u64 },
    #[error("{url}: cannot fetch: {message}")]
    Network { url: String, message: String },
    #[error("{url}: the server sent {content_type}, which is not an article format (HTML, PDF, DOCX, text)")]
    NotArticle { url: String, content_type: String },
    #[error("{url}: {source}")]
    Read { url: String, source: SourceError },
    #[error("{path}: cannot write: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Manifest(#[from] jianbao_facts::SchemaError),
}

fn agent(options: &FetchOptions) -> ureq::Agent {
    let mut config = ureq::Agent::config_builder()
        .timeout_connect(Some(options.connect_timeout))
        .timeout_global(Some(options.total_timeout))
        .max_redirects(options.max_redirects)
        .user_agent(options.user_agent.as_str())
        .http_status_as_error(false);
    if !options.env_proxy {
        config = config.proxy(None);
    }
    config.build().into()
}

/// Fetches each address in turn and saves it into `dir` (created if missing), adding its
/// `sources.toml` entry. One result per address: a failed page does not stop the others.
pub fn fetch_all(
    urls: &[String],
    dir: &Path,
    options: &FetchOptions,
) -> Vec<Result<Fetched, FetchError>> {
    let agent = agent(options);
    urls.iter()
        .map(|url| fetch_one(&agent, url, dir, options))
        .collect()
}

fn fetch_one(
    agent: &ureq::Agent,
    url: &str,
    dir: &Path,
    options: &FetchOptions,
) -> Result<Fetched, FetchError> {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(FetchError::NotHttp {
            url: url.to_owned(),
        });
    }
    let network = |e: ureq::Error| match e {
        ureq::Error::Timeout(_) => FetchError::Timeout {
            url: url.to_owned(),
            seconds: options.total_timeout.as_secs().max(1),
        },
        ureq::Error::BodyExceedsLimit(limit) => FetchError::TooLarge {
            url: url.to_owned(),
            limit,
        },
        other => FetchError::Network {
            url: url.to_owned(),
            message: other.to_string(),
        },
    };
    let mut response = agent.get(url).call().map_err(network)?;
    let status = response.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(FetchError::Status {
            url: url.to_owned(),
            status,
        });
    }
    let final_url = response.get_uri().to_string();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let body = response
        .body_mut()
        .with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(network)?;
    let format = format_of(&content_type, &final_url).ok_or_else(|| FetchError::NotArticle {
        url: url.to_owned(),
        content_type: content_type.clone(),
    })?;
    let charset = charset_of(&content_type);
    let rendering =
        crate::render_with_charset(&body, format, url, charset.as_deref()).map_err(|source| {
            FetchError::Read {
                url: url.to_owned(),
                source,
            }
        })?;
    let saved = bytes_to_save(body, format, charset.as_deref(), &rendering);
    save(url, &final_url, dir, format, &saved, &rendering)
}

/// The bytes written to disk: the page as served, unless only the HTTP header said how to decode
/// it; then the text as UTF-8 with a byte-order mark, so that reading the saved file gives the
/// same text.
fn bytes_to_save(
    body: Vec<u8>,
    format: Format,
    charset: Option<&str>,
    rendering: &Rendering,
) -> Vec<u8> {
    let header_decided = format == Format::Html
        && rendering
            .encoding
            .as_deref()
            .is_some_and(|e| e.contains("HTTP header"));
    if !header_decided {
        return body;
    }
    let (with_header, _) = crate::html::decode(&body, charset);
    let (without, _) = crate::html::decode(&body, None);
    if with_header == without {
        return body;
    }
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend_from_slice(with_header.as_bytes());
    utf8
}

/// The article format a response is in, by its content type, else by the address's extension.
fn format_of(content_type: &str, url: &str) -> Option<Format> {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Some(Format::Html),
        "application/pdf" => Some(Format::Pdf),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
            Some(Format::Docx)
        }
        "text/plain" => Some(Format::Text),
        "text/markdown" => Some(Format::Markdown),
        "" | "application/octet-stream" => {
            let path = url.split(['?', '#']).next().unwrap_or("");
            match crate::classify(Path::new(path)) {
                crate::FileKind::Article(format) => Some(format),
                crate::FileKind::Skipped(_) => None,
            }
        }
        _ => None,
    }
}

/// The `charset` parameter of a content type.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_owned())
    })
}

/// A file name for an address: host and path, with anything but letters, digits, `-` and `.`
/// replaced, at most 100 characters, and the extension of the format.
pub fn file_name_for(url: &str, format: Format) -> String {
    let without_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let without_query = without_scheme.split(['?', '#']).next().unwrap_or("");
    let trimmed = without_query.trim_end_matches('/');
    let stem = match trimmed.rsplit_once('/') {
        Some((head, last)) => match last.rsplit_once('.') {
            Some((name, ext)) if ext.len() <= 5 && !name.is_empty() => format!("{head}/{name}"),
            _ => trimmed.to_owned(),
        },
        None => trimmed.to_owned(),
    };
    let mut name = String::new();
    for c in stem.chars() {
        let keep = c.is_ascii_alphanumeric() || c == '-' || c == '.';
        let c = if keep { c } else { '_' };
        if !(c == '_' && name.ends_with('_')) {
            name.push(c);
        }
    }
    let mut name: String = name.trim_matches(['_', '.']).chars().take(100).collect();
    if name.is_empty() {
        name.push_str("page");
    }
    let ext = match format {
        Format::Html => "html",
        Format::Pdf => "pdf",
        Format::Docx => "docx",
        Format::Text => "txt",
        Format::Markdown => "md",
    };
    format!("{name}.{ext}")
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FetchError> {
    let write_error = |source| FetchError::Write {
        path: path.to_owned(),
        source,
    };
    let tmp = path.with_extension("jianbao-part");
    std::fs::write(&tmp, bytes).map_err(write_error)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        write_error(e)
    })
}

fn save(
    url: &str,
    final_url: &str,
    dir: &Path,
    format: Format,
    bytes: &[u8],
    rendering: &Rendering,
) -> Result<Fetched, FetchError> {
    std::fs::create_dir_all(dir).map_err(|source| FetchError::Write {
        path: dir.to_owned(),
        source,
    })?;
    let manifest_path = dir.join("sources.toml");
    let manifest_text = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => {
            return Err(FetchError::Write {
                path: manifest_path,
                source,
            })
        }
    };
    let manifest: Manifest = jianbao_facts::parse_toml(&manifest_text, &manifest_path)?;
    // the same address again replaces its file; another page with the same name gets a suffix
    let base = file_name_for(url, format);
    let mut file = base.clone();
    let mut n = 2;
    loop {
        let taken_by_other = manifest
            .get(&file)
            .is_some_and(|e| e.url.as_deref() != Some(url))
            || (manifest.get(&file).is_none() && dir.join(&file).exists());
        if !taken_by_other {
            break;
        }
        file = match base.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}-{n}.{ext}"),
            None => format!("{base}-{n}"),
        };
        n += 1;
    }
    write_atomically(&dir.join(&file), bytes)?;
    let metadata = &rendering.stated();
    let entry = SourceInfo {
        file: file.clone(),
        title: metadata.title.clone().unwrap_or_else(|| file.clone()),
        publisher: metadata.outlet.clone(),
        date: metadata.date.clone(),
        date_basis: metadata.date_basis.clone(),
        province: jianbao_extract::rules::dominant_province(&rendering.text).unwrap_or_default(),
        note: Some(
            "fetched: title, date and outlet as the page states them; province inferred from the text"
                .to_owned(),
        ),
        author: metadata.author.clone(),
        url: Some(url.to_owned()),
        fetched: Some(chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()),
    };
    let entry_kept = manifest.get(&file).is_some();
    if !entry_kept {
        let table = toml::to_string(&Manifest {
            sources: vec![entry.clone()],
        })
        .map_err(|e| FetchError::Write {
            path: manifest_path.clone(),
            source: std::io::Error::other(e),
        })?;
        let mut text = manifest_text;
        if !text.is_empty() && !text.ends_with("\n\n") {
            text.push_str(if text.ends_with('\n') { "\n" } else { "\n\n" });
        }
        text.push_str(&table);
        write_atomically(&manifest_path, text.as_bytes())?;
    }
    Ok(Fetched {
        url: url.to_owned(),
        final_url: (final_url != url).then(|| final_url.to_owned()),
        file,
        bytes: bytes.len(),
        entry,
        entry_kept,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_the_address() {
        assert_eq!(
            file_name_for(
                "https://www.gov.cn/xinwen/2024-03/05/content_123.htm?x=1",
                Format::Html
            ),
            "www.gov.cn_xinwen_2024-03_05_content_123.html"
        );
        assert_eq!(
            file_name_for("http://127.0.0.1:8080/", Format::Html),
            "127.0.0.1_8080.html"
        );
        assert_eq!(
            file_name_for("http://a.cn/../../etc/passwd", Format::Text),
            "a.cn_.._.._etc_passwd.txt"
        );
    }

    #[test]
    fn charset_and_format_from_the_content_type() {
        assert_eq!(charset_of("text/html; charset=GBK").as_deref(), Some("GBK"));
        assert_eq!(charset_of("text/html"), None);
        assert_eq!(
            format_of("text/html; charset=utf-8", "x"),
            Some(Format::Html)
        );
        assert_eq!(format_of("", "http://a/b.pdf?x"), Some(Format::Pdf));
        assert_eq!(format_of("image/png", "http://a/b.png"), None);
    }
}
