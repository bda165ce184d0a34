//! What a user's template may do. A template can arrive in an import file, so
//! it is code the user did not write: it may only lay out the draft's own
//! details. Everything that reaches outside them (functions such as `get_env`),
//! loops or recursion without a bound (`range`, macros, includes of other
//! templates, `set` in a loop) and deep nesting is refused before Tera sees it
//! for rendering, and rendering itself is bounded in time and size.
//!
//! The checks come in two steps. `scan` reads the raw text before Tera parses
//! it, because Tera's parser recurses once per nested block or bracket and a
//! crafted template could overflow the stack while being parsed. `vet` then
//! walks the parsed tree and admits only the constructs listed here.

use std::io::Write;
use std::time::{Duration, Instant};

use tera::ast::{Expr, ExprVal, Node};

/// Longest template, in characters: a message should be short.
pub const MAX_TEMPLATE_CHARS: usize = 20_000;
/// Blocks (`if`, `for`) inside one another.
const MAX_NESTING: usize = 6;
/// Brackets inside one another within a tag.
const MAX_BRACKETS: usize = 6;
/// One `{{ }}` or `{% %}` tag, in bytes.
const MAX_TAG_BYTES: usize = 200;
/// A `for` inside a `for`: none. Loops run over the draft's lists (at most
/// three slots) or the characters of one field, so one level stays small.
const MAX_LOOP_NESTING: usize = 1;
/// The longest message a template may produce.
pub const MAX_OUTPUT_BYTES: usize = 64 * 1024;
/// How long filling in a template may take.
pub const RENDER_TIME_LIMIT: Duration = Duration::from_secs(2);

/// Filters that only reshape the value they are given, never growing it more
/// than their arguments do.
pub const ALLOWED_FILTERS: &[&str] = &[
    "upper",
    "lower",
    "capitalize",
    "title",
    "trim",
    "trim_start",
    "trim_end",
    "truncate",
    "wordcount",
    "length",
    "first",
    "last",
    "join",
    "default",
    "safe",
];

/// Tests (`is defined`, ...) that only look at a value.
const ALLOWED_TESTS: &[&str] = &[
    "defined",
    "undefined",
    "string",
    "number",
    "odd",
    "even",
    "divisibleby",
    "iterable",
    "object",
    "starting_with",
    "ending_with",
    "containing",
];

/// Every function Tera registers on its own; each is replaced by one that refuses.
pub const TERA_FUNCTIONS: &[&str] = &["range", "now", "throw", "get_random", "get_env"];

/// Reads the raw text for what would make Tera's parser recurse too deep.
/// Returns what is wrong, as the end of a sentence starting "The template X ...".
pub fn scan(source: &str) -> Result<(), String> {
    if source.chars().count() > MAX_TEMPLATE_CHARS {
        return Err(format!(
            "is longer than {MAX_TEMPLATE_CHARS} characters: a message should be short"
        ));
    }
    // Byte scanning is safe here: every delimiter is ASCII, and an ASCII byte
    // in UTF-8 is always a character of its own.
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let pair = bytes.get(i..i + 2);
        let closing: &[u8] = match pair {
            Some(b"{{") => b"}}",
            Some(b"{%") => b"%}",
            Some(b"{#") => {
                // Tera skips a comment whole, up to the first "#}".
                match find(bytes, i + 2, b"#}") {
                    Some(end) => {
                        i = end + 2;
                        continue;
                    }
                    None => return Ok(()), // an unclosed comment: Tera's parser says so
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let start = i;
        let (end, brackets) = tag_end(bytes, i + 2, closing)?;
        if end + 2 - start > MAX_TAG_BYTES {
            let line = source
                .get(..start)
                .map_or(1, |s| s.matches('\n').count() + 1);
            return Err(format!(
                "has a tag longer than {MAX_TAG_BYTES} characters on line {line}: split it up"
            ));
        }
        if brackets > MAX_BRACKETS {
            return Err(format!(
                "puts brackets more than {MAX_BRACKETS} deep: simplify the expression"
            ));
        }
        if closing == b"%}" {
            let keyword = source
                .get(start + 2..end)
                .unwrap_or_default()
                .trim_start_matches(['-', '+'])
                .split_whitespace()
                .next()
                .unwrap_or_default();
            match keyword {
                "if" | "for" | "macro" | "block" | "filter" => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Err(format!(
                            "puts blocks more than {MAX_NESTING} deep: take some ifs or loops out"
                        ));
                    }
                }
                "endif" | "endfor" | "endmacro" | "endblock" | "endfilter" => {
                    depth = depth.saturating_sub(1);
                }
                // Inside raw, Tera reads no tags, so it would hide tags from this scan.
                "raw" => return Err("uses a raw block, which message templates cannot: remove {% raw %} and {% endraw %}".into()),
                _ => {}
            }
        }
        i = end + 2;
    }
    Ok(())
}

/// The index of `needle` in `bytes` from `from` on.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Where a tag closes, skipping string literals as Tera does, and how deep its
/// brackets go.
fn tag_end(bytes: &[u8], from: usize, closing: &[u8]) -> Result<(usize, usize), String> {
    let mut quote: Option<u8> = None;
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' | b'`' => quote = Some(b),
                b'(' | b'[' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b')' | b']' => depth = depth.saturating_sub(1),
                _ if bytes.get(i..i + 2) == Some(closing) => return Ok((i, deepest)),
                _ => {}
            },
        }
        i += 1;
    }
    // An unclosed tag: Tera's parser reports it with its line; the brackets
    // seen so far still count.
    Ok((bytes.len().saturating_sub(2).max(from), deepest))
}

/// Walks a parsed template and refuses what a message template may not do.
/// `name` is the template's own name; `is_part` tells the shared parts (the
/// only templates one may include).
pub fn vet(nodes: &[Node], name: &str, is_part: &dyn Fn(&str) -> bool) -> Result<(), String> {
    Vetting { name, is_part }.nodes(nodes, 0)
}

struct Vetting<'a> {
    name: &'a str,
    is_part: &'a dyn Fn(&str) -> bool,
}

impl Vetting<'_> {
    fn nodes(&self, nodes: &[Node], loops: usize) -> Result<(), String> {
        nodes.iter().try_for_each(|node| self.node(node, loops))
    }

    fn node(&self, node: &Node, loops: usize) -> Result<(), String> {
        match node {
            Node::Text(_) | Node::Comment(..) | Node::Break(_) | Node::Continue(_) => Ok(()),
            Node::VariableBlock(_, expr) => self.expr(expr),
            Node::If(branches, _) => {
                for (_, condition, body) in &branches.conditions {
                    self.expr(condition)?;
                    self.nodes(body, loops)?;
                }
                match &branches.otherwise {
                    Some((_, body)) => self.nodes(body, loops),
                    None => Ok(()),
                }
            }
            Node::Forloop(_, for_loop, _) => {
                if loops + 1 > MAX_LOOP_NESTING {
                    return Err("puts a loop inside a loop: use one loop at a time".into());
                }
                self.expr(&for_loop.container)?;
                match &for_loop.container.val {
                    ExprVal::Ident(_) if for_loop.container.filters.is_empty() => {}
                    _ => {
                        return Err(format!(
                            "loops over something other than the draft's details (for {} in ...): loop over a list such as slots",
                            for_loop.value
                        ))
                    }
                }
                self.nodes(&for_loop.body, loops + 1)?;
                match &for_loop.empty_body {
                    Some(body) => self.nodes(body, loops + 1),
                    None => Ok(()),
                }
            }
            Node::Include(_, names, _) => {
                for included in names {
                    if included == self.name {
                        return Err("includes itself: remove the include".into());
                    }
                    if !(self.is_part)(included) {
                        return Err(format!(
                            "includes {included}: a template can include only the shared parts (parts/extras.tera, parts/signoff.tera, parts/signoff_short.tera, parts/slots.tera, parts/spoken_slots.tera)"
                        ));
                    }
                }
                Ok(())
            }
            Node::Extends(_, parent) => Err(format!(
                "extends {parent}: a message template stands alone; remove the extends"
            )),
            Node::ImportMacro(_, file, _) => Err(format!(
                "imports macros from {file}: message templates cannot use macros; write the text out"
            )),
            Node::MacroDefinition(_, definition, _) => Err(format!(
                "defines the macro {}: message templates cannot use macros; write the text out",
                definition.name
            )),
            Node::Block(..) | Node::Super => Err(
                "uses a block, which message templates cannot: remove {% block %} and {% endblock %}".into(),
            ),
            Node::Set(_, set) => Err(format!(
                "sets the variable {}, which message templates cannot: use the draft's details directly",
                set.key
            )),
            Node::FilterSection(_, section, _) => Err(format!(
                "uses a filter section ({{% filter {} %}}), which message templates cannot: apply the filter to each value instead",
                section.filter.name
            )),
            Node::Raw(..) => Err(
                "uses a raw block, which message templates cannot: remove {% raw %} and {% endraw %}".into(),
            ),
        }
    }

    fn expr(&self, expr: &Expr) -> Result<(), String> {
        for filter in &expr.filters {
            if !ALLOWED_FILTERS.contains(&filter.name.as_str()) {
                return Err(format!(
                    "uses the filter {}, which message templates cannot: use one of {}",
                    filter.name,
                    ALLOWED_FILTERS.join(", ")
                ));
            }
            filter.args.values().try_for_each(|arg| self.expr(arg))?;
        }
        self.value(&expr.val)
    }

    fn value(&self, value: &ExprVal) -> Result<(), String> {
        match value {
            ExprVal::String(_) | ExprVal::Int(_) | ExprVal::Bool(_) | ExprVal::Ident(_) => Ok(()),
            ExprVal::Logic(logic) => {
                self.expr(&logic.lhs)?;
                self.expr(&logic.rhs)
            }
            ExprVal::In(within) => {
                self.expr(&within.lhs)?;
                self.expr(&within.rhs)
            }
            ExprVal::StringConcat(concat) => {
                concat.values.iter().try_for_each(|value| self.value(value))
            }
            ExprVal::Test(test) => {
                if !ALLOWED_TESTS.contains(&test.name.as_str()) {
                    return Err(format!(
                        "uses the test \"is {}\", which message templates cannot: use one of {}",
                        test.name,
                        ALLOWED_TESTS.join(", ")
                    ));
                }
                test.args.iter().try_for_each(|arg| self.expr(arg))
            }
            ExprVal::FunctionCall(call) => Err(format!(
                "calls the function {}, which message templates cannot: use the draft's details (such as {{{{ candidate.name }}}}) instead",
                call.name
            )),
            ExprVal::MacroCall(call) => Err(format!(
                "calls the macro {}, which message templates cannot: write the text out",
                call.name
            )),
            ExprVal::Math(_) => Err(
                "does arithmetic, which message templates cannot: write the text out".into(),
            ),
            // Tera panics on an infinite one; a message has no use for them.
            ExprVal::Float(_) => Err(
                "writes a decimal number, which message templates cannot: write it as text".into(),
            ),
            ExprVal::Array(_) => Err(
                "writes a list ([...]), which message templates cannot: use the draft's lists such as slots".into(),
            ),
        }
    }
}

/// Why a render was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overrun {
    TooLong,
    TooSlow,
}

/// Where a render writes: it refuses to grow past the size limit or to go on
/// past the time limit, which stops Tera at its next write. With the checks
/// above, the work between two writes is small, so this bounds the whole render.
pub struct BoundedOutput {
    pub bytes: Vec<u8>,
    started: Instant,
    pub overrun: Option<Overrun>,
}

impl BoundedOutput {
    pub fn new() -> Self {
        BoundedOutput {
            bytes: Vec::new(),
            started: Instant::now(),
            overrun: None,
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }
}

impl Default for BoundedOutput {
    fn default() -> Self {
        Self::new()
    }
}

impl Write for BoundedOutput {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + data.len() > MAX_OUTPUT_BYTES {
            self.overrun = Some(Overrun::TooLong);
        } else if self.started.elapsed() > RENDER_TIME_LIMIT {
            self.overrun = Some(Overrun::TooSlow);
        }
        if self.overrun.is_some() {
            return Err(std::io::Error::other("the render went over its limit"));
        }
        self.bytes.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_stops_at_the_size_and_time_limits() {
        let mut output = BoundedOutput::new();
        assert!(output.write_all(&vec![b'a'; MAX_OUTPUT_BYTES]).is_ok());
        assert!(output.write_all(b"b").is_err());
        assert_eq!(output.overrun, Some(Overrun::TooLong));

        let mut late = BoundedOutput::new();
        late.started = Instant::now() - RENDER_TIME_LIMIT - Duration::from_millis(1);
        assert!(late.write_all(b"a").is_err());
        assert_eq!(late.overrun, Some(Overrun::TooSlow));
    }

    #[test]
    fn the_scan_skips_strings_and_comments_but_counts_every_block() {
        assert!(scan("{{ \"{% if %}{% if %}{% if %}{% if %}{% if %}{% if %}{% if %}\" }}").is_ok());
        assert!(scan("{# {% if %}{% if %}{% if %}{% if %}{% if %}{% if %}{% if %} #}").is_ok());
        let seven = "{% if a %}".repeat(7);
        assert!(scan(&seven).is_err());
        let six = "{% if a %}".repeat(6) + &"{% endif %}".repeat(6);
        assert!(scan(&(six.clone() + &six)).is_ok());
        assert!(scan("{{ (((((((1))))))) }}").is_err());
        assert!(scan("{{ ((((((1)))))) }}").is_ok());
    }
}
