//! Things a user picks by name (kinds of chrome, languages, kinds of page,
//! dump formats): one way to find a name among them and one way to list
//! them in an error.

/// The item of `all` whose name is `wanted` (already trimmed and
/// lower-cased by the caller, as its type's names are spelled).
pub(crate) fn by_name<T: Copy>(all: &[T], name: fn(T) -> &'static str, wanted: &str) -> Option<T> {
    all.iter().copied().find(|&item| name(item) == wanted)
}

/// The names an error lists as the valid ones, from the one list of them.
pub(crate) fn listed<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> String {
    all.iter()
        .map(|&item| name(item))
        .collect::<Vec<_>>()
        .join(", ")
}
