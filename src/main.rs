use clap::Parser;

/// jianbao (简报): comparative briefings from Chinese source articles.
#[derive(Parser)]
#[command(version, about)]
struct Cli {}

fn main() {
    let _cli = Cli::parse();
}
