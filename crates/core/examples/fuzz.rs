//! A long fuzz run of the message checker: generated texts and contexts, as
//! many as asked (default 1 000 000), stopping at the first panic with the
//! input that caused it. Rerun with
//! `cargo run --release -p raincheck-core --example fuzz -- 1000000`.

#[path = "../tests/support/check_inputs.rs"]
mod check_inputs;

use std::time::Instant;

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRunner};
use raincheck_core::message::check;

fn main() {
    let runs: u64 = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let mut runner = TestRunner::new(Config::default());
    let texts =
        (check_inputs::tricky_text(), "\\PC{0,200}").prop_map(|(tricky, any)| [tricky, any]);
    let contexts = check_inputs::context_strategy();
    let started = Instant::now();
    let mut checked = 0u64;
    while checked < runs {
        let (Ok(text), Ok(input)) = (texts.new_tree(&mut runner), contexts.new_tree(&mut runner))
        else {
            eprintln!("could not generate an input");
            std::process::exit(2);
        };
        let input = input.current();
        for text in text.current() {
            let outcome = std::panic::catch_unwind(|| check(&text, &input));
            match outcome {
                Ok(Ok(report)) if report.items.len() == 11 => {}
                Ok(Ok(report)) => {
                    eprintln!("{} items for {text:?} with {input:?}", report.items.len());
                    std::process::exit(1);
                }
                Ok(Err(_)) => {}
                Err(_) => {
                    eprintln!("panic on {text:?} with {input:?}");
                    std::process::exit(1);
                }
            }
            checked += 1;
        }
        if checked % 100_000 < 2 {
            eprintln!("{checked} inputs checked");
        }
    }
    println!(
        "fuzz: {checked} inputs checked in {:.0} s, no panic",
        started.elapsed().as_secs_f64()
    );
}
