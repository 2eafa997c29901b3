//! Writes a synthetic plan to disk: `cargo run --release --example synthetic-plan -- 1000 DIR`
//! writes DIR/synt/1000/ (plan) beside DIR/synt/region.toml. See benches/synthetic/.

mod synthetic;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(count), Some(dir)) = (args.next(), args.next()) else {
        eprintln!("usage: synthetic-plan ACTIVITIES DIR");
        std::process::exit(2);
    };
    let Ok(count) = count.parse::<usize>() else {
        eprintln!("error: ACTIVITIES must be a number, not {count:?}");
        std::process::exit(2);
    };
    let plan = synthetic::write_plan(std::path::Path::new(&dir), count);
    println!("{}", plan.display());
}
