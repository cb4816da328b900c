//! The native part of the Python package `chaff`: the library's
//! `Cleaner`, `Config` and `Cleaned` as Python classes.
//!
//! No cleaning logic lives here. Each call converts its input once,
//! cleans with the GIL released (a batch on rayon's threads, order kept)
//! and converts the result once; every library error becomes a
//! `chaff.ChaffError` (a `ValueError`) with the library's message, and
//! the numbers it names as attributes (`offset`, `size`, `limit`).

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;

create_exception!(
    _chaff,
    ChaffError,
    PyValueError,
    "An input chaff cannot clean or an option it does not know, with the place or name in the message."
);

/// The Python exception for a library error, with the numbers the error
/// names as attributes; `context` goes before the message (`text 3: `).
fn to_py_err(py: Python<'_>, error: chaff::Error, context: &str) -> PyErr {
    let message = match &error {
        // The library points a command-line user at `--list-rules`; a
        // Python user gets the names.
        chaff::Error::UnknownRule(name) => format!(
            "unknown rule `{name}` (known: {})",
            chaff::rules()
                .map(|r| r.name)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    };
    let err = ChaffError::new_err(format!("{context}{message}"));
    let value = err.value(py);
    let set = |name: &str, n: usize| value.setattr(name, n);
    let done = match error {
        chaff::Error::InvalidUtf8 { offset } => set("offset", offset),
        chaff::Error::TooLarge { size, limit } => {
            set("size", size).and_then(|_| set("limit", limit))
        }
        _ => Ok(()),
    };
    match done {
        Ok(()) => err,
        Err(e) => e,
    }
}

/// One removed block: its kind of chrome, the rule that removed it, its
/// text and its lines in the input (1-based, inclusive).
#[pyclass(frozen, module = "chaff", name = "Removal", skip_from_py_object)]
#[derive(Clone)]
struct Removal {
    /// The kind of chrome (`share`, `comments`, `navigation`, ...).
    #[pyo3(get)]
    kind: &'static str,
    /// The rule that removed it (see `chaff.rules()`).
    #[pyo3(get)]
    rule: &'static str,
    /// The block's text.
    #[pyo3(get)]
    text: String,
    /// Its first line in the input, from 1.
    #[pyo3(get)]
    first_line: u32,
    /// Its last line in the input, from 1.
    #[pyo3(get)]
    last_line: u32,
}

#[pymethods]
impl Removal {
    fn __repr__(&self) -> String {
        format!(
            "Removal(kind='{}', rule='{}', lines={}-{}, text={})",
            self.kind,
            self.rule,
            self.first_line,
            self.last_line,
            py_repr(Some(&short(&self.text)))
        )
    }

    /// The removal as a plain dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("kind", self.kind)?;
        dict.set_item("rule", self.rule)?;
        dict.set_item("text", &self.text)?;
        dict.set_item("first_line", self.first_line)?;
        dict.set_item("last_line", self.last_line)?;
        Ok(dict)
    }
}

/// The first characters of `text`, for a repr.
fn short(text: &str) -> String {
    const SHOWN: usize = 40;
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// An optional string as Python writes it: `'text'` or `None`.
fn py_repr(text: Option<&str>) -> String {
    match text {
        Some(t) => format!("'{}'", t.replace('\\', "\\\\").replace('\'', "\\'")),
        None => "None".to_string(),
    }
}

/// What cleaning one dump gave: the body, the metadata, and every removed
/// block.
#[pyclass(frozen, module = "chaff", name = "Cleaned", skip_from_py_object)]
struct Cleaned {
    /// The main content: paragraphs in input order, a blank line between.
    #[pyo3(get)]
    body: String,
    /// The headline, if the dump starts with one.
    #[pyo3(get)]
    title: Option<String>,
    /// The standfirst under the headline, if any.
    #[pyo3(get)]
    standfirst: Option<String>,
    /// The author's name, if found.
    #[pyo3(get)]
    byline: Option<String>,
    /// The dump's language code (`en`, `de`, ...), or None.
    #[pyo3(get)]
    language: Option<&'static str>,
    /// The kind of page the dump was read as (`article`, `thread`,
    /// `listing`, `product`, `documentation` or `other`), or None for an
    /// empty dump.
    #[pyo3(get)]
    page_kind: Option<&'static str>,
    /// How the dump was read: `plain`, `layout` or `markdown`.
    #[pyo3(get)]
    format: &'static str,
    removals: Vec<Removal>,
}

impl From<chaff::Cleaned> for Cleaned {
    fn from(c: chaff::Cleaned) -> Cleaned {
        Cleaned {
            removals: c
                .removals
                .into_iter()
                .map(|r| Removal {
                    kind: r.kind.name(),
                    rule: r.rule,
                    text: r.text,
                    first_line: r.lines.first,
                    last_line: r.lines.last,
                })
                .collect(),
            body: c.body,
            title: c.title,
            standfirst: c.standfirst,
            byline: c.byline,
            language: c.language.map(chaff::Language::code),
            page_kind: c.page_kind.map(chaff::PageKind::name),
            format: c.format.name(),
        }
    }
}

#[pymethods]
impl Cleaned {
    /// Every removed block, in input order.
    #[getter]
    fn removals(&self) -> Vec<Removal> {
        self.removals.clone()
    }

    /// The result as a plain dict (removals as dicts), for JSON or a
    /// DataFrame.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("body", &self.body)?;
        dict.set_item("title", &self.title)?;
        dict.set_item("standfirst", &self.standfirst)?;
        dict.set_item("byline", &self.byline)?;
        dict.set_item("language", self.language)?;
        dict.set_item("page_kind", self.page_kind)?;
        dict.set_item("format", self.format)?;
        let removals = PyList::empty(py);
        for removal in &self.removals {
            removals.append(removal.to_dict(py)?)?;
        }
        dict.set_item("removals", removals)?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "Cleaned(title={}, language={}, body={} chars, removals={})",
            py_repr(self.title.as_deref().map(short).as_deref()),
            py_repr(self.language),
            self.body.chars().count(),
            self.removals.len()
        )
    }
}

/// A configured cleaner, cheap to build and safe to share between threads.
#[pyclass(frozen, module = "chaff", name = "Cleaner")]
struct Cleaner {
    inner: chaff::Cleaner,
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (*, keep=None, drop=None, disable_rules=None, language=None, page_kind=None, input_format=None, keep_markdown=false, nfkc=false, idempotent=false, max_bytes=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        keep: Option<Vec<String>>,
        drop: Option<Vec<String>>,
        disable_rules: Option<Vec<String>>,
        language: Option<&str>,
        page_kind: Option<&str>,
        input_format: Option<&str>,
        keep_markdown: bool,
        nfkc: bool,
        idempotent: bool,
        max_bytes: Option<usize>,
    ) -> PyResult<Cleaner> {
        // The library's `Config` from the Python options; a name it does
        // not know is its error, turned into `ChaffError` below.
        let build = || -> Result<chaff::Config, chaff::Error> {
            let mut config = chaff::Config::new()
                .keep_markdown(keep_markdown)
                .nfkc(nfkc)
                .idempotent(idempotent);
            for name in keep.unwrap_or_default() {
                config = config.keep(name.parse()?);
            }
            for name in drop.unwrap_or_default() {
                config = config.remove(name.parse()?);
            }
            for name in disable_rules.unwrap_or_default() {
                config = config.disable_rule(&name)?;
            }
            if let Some(code) = language {
                config = config.language(code.parse()?);
            }
            if let Some(kind) = page_kind {
                config = config.page_kind(kind.parse()?);
            }
            if let Some(format) = input_format {
                config = config.dump_format(format.parse()?);
            }
            if let Some(limit) = max_bytes {
                config = config.max_input_bytes(limit);
            }
            Ok(config)
        };
        let config = build().map_err(|e| to_py_err(py, e, ""))?;
        Ok(Cleaner {
            inner: chaff::Cleaner::new(config),
        })
    }

    /// Cleans one dump.
    fn clean(&self, py: Python<'_>, text: &str) -> PyResult<Cleaned> {
        let result = py.detach(|| self.inner.clean(text));
        result.map(Cleaned::from).map_err(|e| to_py_err(py, e, ""))
    }

    /// Cleans bytes that must be UTF-8 (`ChaffError` with `offset` when
    /// they are not), or, with `lossy=True`, replaces invalid UTF-8.
    #[pyo3(signature = (data, lossy=false))]
    fn clean_bytes(&self, py: Python<'_>, data: &[u8], lossy: bool) -> PyResult<Cleaned> {
        let result = py.detach(|| {
            if lossy {
                self.inner.clean_bytes_lossy(data)
            } else {
                self.inner.clean_bytes(data)
            }
        });
        result.map(Cleaned::from).map_err(|e| to_py_err(py, e, ""))
    }

    /// Cleans many dumps on `threads` threads (default: one per core),
    /// with the GIL released; the results come back in input order. The
    /// first dump that cannot be cleaned raises, naming its index.
    #[pyo3(signature = (texts, threads=None))]
    fn clean_batch(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Cleaned>> {
        let pool = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| PyValueError::new_err(e.to_string()))?,
            ),
            None => None,
        };
        let results: Vec<Result<chaff::Cleaned, chaff::Error>> = py.detach(|| {
            let clean_all = || texts.par_iter().map(|t| self.inner.clean(t)).collect();
            match &pool {
                Some(pool) => pool.install(clean_all),
                None => clean_all(),
            }
        });
        results
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                r.map(Cleaned::from)
                    .map_err(|e| to_py_err(py, e, &format!("text {i}: ")))
            })
            .collect()
    }

    fn __repr__(&self) -> String {
        format!("Cleaner({:?})", self.inner.config())
    }
}

/// The kinds of chrome, by the names the options take.
#[pyfunction]
fn kinds() -> Vec<&'static str> {
    chaff::Kind::ALL.iter().map(|k| k.name()).collect()
}

/// The rules in the order they run, by the names `disable_rules` takes.
#[pyfunction]
fn rules() -> Vec<&'static str> {
    chaff::rules().map(|r| r.name).collect()
}

#[pymodule]
fn _chaff(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ChaffError", m.py().get_type::<ChaffError>())?;
    m.add_class::<Cleaner>()?;
    m.add_class::<Cleaned>()?;
    m.add_class::<Removal>()?;
    m.add_function(wrap_pyfunction!(kinds, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    Ok(())
}
