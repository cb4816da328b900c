//! Throughput of the full pipeline (default config, body built) on each
//! golden fixture. Criterion reports bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn fixtures(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && !p.to_string_lossy().ends_with(".clean.txt")
        })
        .collect();
    names.sort();
    let cleaner = chaff::Cleaner::default();
    let mut group = c.benchmark_group("fixture");
    for path in names {
        let dump = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        group.throughput(Throughput::Bytes(dump.len() as u64));
        group.bench_function(&name[..3], |b| b.iter(|| cleaner.clean(&dump).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, fixtures);
criterion_main!(benches);
