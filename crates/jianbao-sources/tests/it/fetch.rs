//! `fetch` against a local HTTP server on 127.0.0.1 that this test starts: a GBK page declared in
//! a meta tag, a redirect, a 404, a page that never finishes and one that is too large. No other
//! address is contacted.

use crate::common;

use jianbao_sources::fetch::{fetch_all, FetchError, FetchOptions};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

fn gbk_page() -> Vec<u8> {
    let page = common::html_page(common::PARAGRAPHS).replace(
        "<meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">",
    );
    encoding_rs::GBK.encode(&page).0.into_owned()
}

fn respond(mut stream: TcpStream) {
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // the rest of the request head
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let head = |status: &str, extra: &str, length: usize| {
        format!("HTTP/1.1 {status}\r\nContent-Length: {length}\r\nConnection: close\r\n{extra}\r\n")
    };
    match path.as_str() {
        "/news/2024/gbk.shtml" => {
            let body = gbk_page();
            // the header names no charset: the page's meta tag must be read
            let _ = stream
                .write_all(head("200 OK", "Content-Type: text/html\r\n", body.len()).as_bytes());
            let _ = stream.write_all(&body);
        }
        "/old-address" => {
            let _ = stream.write_all(
                head(
                    "301 Moved Permanently",
                    "Location: /news/2024/gbk.shtml\r\n",
                    0,
                )
                .as_bytes(),
            );
        }
        "/header-charset" => {
            let page =
                common::html_page(common::PARAGRAPHS).replace("<meta charset=\"utf-8\">", "");
            let body = encoding_rs::GBK.encode(&page).0.into_owned();
            let _ = stream.write_all(
                head(
                    "200 OK",
                    "Content-Type: text/html; charset=GBK\r\n",
                    body.len(),
                )
                .as_bytes(),
            );
            let _ = stream.write_all(&body);
        }
        "/never-finishes" => {
            let _ =
                stream.write_all(head("200 OK", "Content-Type: text/html\r\n", 100_000).as_bytes());
            let _ = stream.write_all(b"<html><body><p>");
            let _ = stream.flush();
            // hold the connection open without sending the rest
            std::thread::sleep(Duration::from_secs(30));
        }
        "/huge" => {
            let body = vec![b'a'; 3 * 1024 * 1024];
            let _ = stream
                .write_all(head("200 OK", "Content-Type: text/html\r\n", body.len()).as_bytes());
            let _ = stream.write_all(&body);
        }
        "/picture.png" => {
            let _ = stream.write_all(head("200 OK", "Content-Type: image/png\r\n", 4).as_bytes());
            let _ = stream.write_all(b"\x89PNG");
        }
        _ => {
            let body = b"not found";
            let _ = stream.write_all(
                head("404 Not Found", "Content-Type: text/plain\r\n", body.len()).as_bytes(),
            );
            let _ = stream.write_all(body);
        }
    }
}

/// Starts the server on a free port of 127.0.0.1; returns its base address.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || respond(stream));
        }
    });
    address
}

fn options() -> FetchOptions {
    FetchOptions {
        connect_timeout: Duration::from_secs(2),
        total_timeout: Duration::from_secs(2),
        max_bytes: 1024 * 1024,
        env_proxy: false,
        ..FetchOptions::default()
    }
}

#[test]
fn pages_are_saved_with_manifest_entries_and_failures_say_why() {
    let base = serve();
    let dir = common::scratch_dir("fetch");
    let urls: Vec<String> = [
        "/news/2024/gbk.shtml",
        "/old-address",
        "/header-charset",
        "/missing",
        "/never-finishes",
        "/huge",
        "/picture.png",
    ]
    .iter()
    .map(|p| format!("{base}{p}"))
    .collect();
    let started = Instant::now();
    let results = fetch_all(&urls, &dir, &options());
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );

    let gbk = results[0].as_ref().unwrap();
    assert_eq!(
        gbk.file,
        "127.0.0.1_".to_owned() + base.rsplit(':').next().unwrap() + "_news_2024_gbk.html"
    );
    assert_eq!(gbk.entry.title, common::TITLE);
    assert_eq!(gbk.entry.date.as_deref(), Some(common::DATE));
    assert_eq!(gbk.entry.publisher.as_deref(), Some("杭州日报"));
    assert_eq!(gbk.entry.url.as_deref(), Some(urls[0].as_str()));
    assert!(gbk.entry.fetched.is_some());
    // saved as served (GBK), and read back to the same article
    let saved = std::fs::read(dir.join(&gbk.file)).unwrap();
    assert_eq!(saved, gbk_page());

    let redirected = results[1].as_ref().unwrap();
    assert_eq!(redirected.final_url.as_deref(), Some(urls[0].as_str()));
    assert_eq!(redirected.entry.title, common::TITLE);

    assert!(results[2].is_ok(), "{:?}", results[2]);
    assert!(
        matches!(results[3], Err(FetchError::Status { status: 404, .. })),
        "{:?}",
        results[3]
    );
    assert!(
        matches!(results[4], Err(FetchError::Timeout { .. })),
        "{:?}",
        results[4]
    );
    assert!(
        matches!(results[5], Err(FetchError::TooLarge { .. })),
        "{:?}",
        results[5]
    );
    assert!(
        matches!(results[6], Err(FetchError::NotArticle { .. })),
        "{:?}",
        results[6]
    );
    for r in &results[3..] {
        let message = r.as_ref().unwrap_err().to_string();
        assert!(message.contains(&base), "{message}");
    }

    // the directory reads as sources: three pages, entries from the manifest fetch wrote
    let loaded = jianbao_sources::load_dir(&dir).unwrap();
    assert_eq!(loaded.read.len(), 3);
    for doc in loaded.sources.documents() {
        assert_eq!(doc.text, common::text(), "{}", doc.file);
        let entry = loaded.sources.manifest().get(&doc.file).unwrap();
        assert!(entry.url.is_some() && entry.province == "浙江", "{entry:?}");
    }

    // fetching the same address again replaces the file and keeps its entry
    let again = fetch_all(&urls[..1], &dir, &options());
    let again = again[0].as_ref().unwrap();
    assert_eq!(again.file, gbk.file);
    assert!(again.entry_kept);
    let manifest = std::fs::read_to_string(dir.join("sources.toml")).unwrap();
    assert_eq!(manifest.matches("[[source]]").count(), 3, "{manifest}");
}

#[test]
fn addresses_that_are_not_http_are_refused() {
    let dir = common::scratch_dir("fetch-refused");
    let results = fetch_all(&["file:///etc/passwd".to_owned()], &dir, &options());
    assert!(matches!(results[0], Err(FetchError::NotHttp { .. })));
}
