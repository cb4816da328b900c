//! The command's behaviour as snapshots (trycmd, as typos tests its CLI):
//! each case in `tests/cmd/` is a command line with the stdout, stderr
//! and exit code it must give, and the README's console examples run the
//! same way, so the README cannot drift from the binary. After a change
//! meant to alter an output, `TRYCMD=overwrite cargo test -p chaff-cli
//! --test snapshots` rewrites the snapshots; read the diff before
//! committing it.

#[test]
fn command_lines() {
    let cases = trycmd::TestCases::new();
    cases.case("tests/cmd/*.toml");
    cases.case("../README.md");
}
