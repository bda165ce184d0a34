//! Finding interviews: a page of a filter, optionally narrowed by what the user
//! types, with how many each filter holds. The words are matched by the log's
//! full-text index (`interview_search`, kept in step by triggers), so a search
//! never loads the whole log.

use chrono::{DateTime, Utc};
use rusqlite::{params, ToSql};
use serde::{Deserialize, Serialize};

use super::interviews::{ListFilter, COLUMNS};
use super::model::InterviewSummary;
use super::{rows, storage, Log};
use crate::error::Result;
use crate::time::to_utc_text;

/// Words beyond these are ignored: a search is a name or two, not a paragraph.
const MAX_SEARCH_WORDS: usize = 8;
const MAX_WORD_CHARS: usize = 64;

/// Up to this many matches, a search is ordered best match first; beyond, in
/// the list's order (a word in most interviews ranks them all alike).
const MAX_RANKED_MATCHES: i64 = 500;

/// How strongly a match in each searched column counts, in the index's column
/// order: names first, then the role and the e-mail, then the rest.
const COLUMN_WEIGHTS: &str = "10.0, 4.0, 10.0, 6.0, 2.0, 3.0, 1.0, 1.0";

/// What the list asks for: the filter, the words typed (if any), and the page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    #[serde(default)]
    pub filter: ListFilter,
    #[serde(default)]
    pub search: String,
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

/// Counts kept between two asks (see [`Log::list_page`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct CachedCounts {
    changes: (i64, u64),
    /// Valid from this instant until `until` (exclusive; none: no upcoming start).
    from: DateTime<Utc>,
    until: Option<DateTime<Utc>>,
    counts: FilterCounts,
}

/// How many interviews each filter holds (with the search, when there is one).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FilterCounts {
    pub all: i64,
    pub upcoming: i64,
    pub undecided: i64,
    pub past: i64,
    pub no_answer: i64,
}

impl FilterCounts {
    pub fn of(&self, filter: ListFilter) -> i64 {
        match filter {
            ListFilter::All => self.all,
            ListFilter::Upcoming => self.upcoming,
            ListFilter::Undecided => self.undecided,
            ListFilter::Past => self.past,
            ListFilter::NoAnswer => self.no_answer,
        }
    }
}

/// One page of the list, and where it sits in the whole.
#[derive(Debug, Clone, Serialize)]
pub struct ListPage {
    pub items: Vec<InterviewSummary>,
    /// How many interviews the filter (and search) holds in all.
    pub total: i64,
    pub offset: u32,
    pub counts: FilterCounts,
}

/// The full-text query for what the user typed: each word is a prefix (so the
/// list narrows as they type), all words must match, and nothing typed can be
/// read as query syntax. `None` when there is no word to look for.
pub fn match_expression(typed: &str) -> Option<String> {
    // Combining marks stay inside a word: a decomposed "u\u{308}" is one letter.
    let in_word = |c: char| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
    let words: Vec<String> = typed
        .split(|c: char| !in_word(c))
        .filter(|word| !word.is_empty())
        .take(MAX_SEARCH_WORDS)
        .map(|word| {
            format!(
                "\"{}\"*",
                word.chars().take(MAX_WORD_CHARS).collect::<String>()
            )
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn filter_condition(filter: ListFilter) -> &'static str {
    match filter {
        ListFilter::All => "1",
        ListFilter::Upcoming => "starts_at >= ?1",
        ListFilter::Undecided => "decision = 'undecided'",
        ListFilter::NoAnswer => "no_answer_at IS NOT NULL",
        ListFilter::Past => "starts_at < ?1",
    }
}

impl Log {
    /// A page of the list for `query`: without words, as [`Log::list`] orders
    /// it; with words, best match first (a name or company above a word in the
    /// notes), then as the list orders; with words found in more than
    /// [`MAX_RANKED_MATCHES`] interviews, as the list orders.
    pub fn list_page(&self, query: &ListQuery, now: DateTime<Utc>) -> Result<ListPage> {
        let expression = match_expression(&query.search);
        let (items, counts) = match &expression {
            None => (
                self.list(query.filter, now, query.limit, query.offset)?,
                self.counts_of_all(now)?,
            ),
            Some(expression) => {
                let counts = self.counts_of_matches(expression, now)?;
                // Ranking scores every match: past a few hundred, the best are
                // no better than the list's order, which reads only a page.
                let items = if counts.all > MAX_RANKED_MATCHES {
                    let (limit, offset) = (query.limit, query.offset);
                    self.list_in_order(query.filter, Some(expression), now, limit, offset)?
                } else {
                    self.search_page(expression, query, now)?
                };
                (items, counts)
            }
        };
        Ok(ListPage {
            items,
            total: counts.of(query.filter),
            offset: query.offset,
            counts,
        })
    }

    fn search_page(
        &self,
        expression: &str,
        query: &ListQuery,
        now: DateTime<Utc>,
    ) -> Result<Vec<InterviewSummary>> {
        let condition = filter_condition(query.filter);
        // The matches are found once, then joined (materialized: flattened into
        // the join, SQLite would run the match once per interview).
        let sql = format!(
            "WITH hits AS MATERIALIZED (
                 SELECT rowid AS hit, bm25(interview_search, {COLUMN_WEIGHTS}) AS score
                 FROM interview_search WHERE interview_search MATCH ?2)
             SELECT {COLUMNS}, (SELECT max(sent_at) FROM messages WHERE interview_id = interviews.id)
             FROM hits JOIN interviews ON id = hit
             WHERE {condition}
             ORDER BY score, starts_at < ?1, CASE WHEN starts_at >= ?1 THEN starts_at END,
                      starts_at DESC, id
             LIMIT ?3 OFFSET ?4"
        );
        let now_text = to_utc_text(now);
        let arguments: [&dyn ToSql; 4] = [&now_text, &expression, &query.limit, &query.offset];
        self.page_of(&sql, &arguments, now)
    }

    /// Each filter's count over the whole log. Counting a long log reads its
    /// whole index, so the counts are kept until the log changes (here or in
    /// another process) or the clock passes the next start.
    fn counts_of_all(&self, now: DateTime<Utc>) -> Result<FilterCounts> {
        let changes = self.change_mark()?;
        if let Some(cached) = self.counts_cache.get() {
            if cached.changes == changes
                && cached.from <= now
                && cached.until.is_none_or(|until| now < until)
            {
                return Ok(cached.counts);
            }
        }
        let counts = self.count_all(now)?;
        let until = self
            .connection
            .prepare_cached("SELECT min(starts_at) FROM interviews WHERE starts_at >= ?1")
            .and_then(|mut statement| {
                statement.query_row([to_utc_text(now)], |row| rows::optional_instant(row, 0))
            })
            .map_err(storage)?;
        self.counts_cache.set(Some(CachedCounts {
            changes,
            from: now,
            // An interview starting at `until` is upcoming until then, past after.
            until: until.map(|at| at + chrono::Duration::nanoseconds(1)),
            counts,
        }));
        Ok(counts)
    }

    /// Changes when anything is written to the log, by this connection or
    /// another (the command line beside the window).
    fn change_mark(&self) -> Result<(i64, u64)> {
        let others: i64 = self
            .connection
            .query_row("PRAGMA data_version", [], |row| row.get(0))
            .map_err(storage)?;
        Ok((others, self.connection.total_changes()))
    }

    fn count_all(&self, now: DateTime<Utc>) -> Result<FilterCounts> {
        let count = |sql: &str, arguments: &[&dyn ToSql]| -> Result<i64> {
            self.connection
                .prepare_cached(sql)
                .and_then(|mut statement| statement.query_row(arguments, |row| row.get(0)))
                .map_err(storage)
        };
        let all = count("SELECT count(*) FROM interviews", &[])?;
        let upcoming = count(
            "SELECT count(*) FROM interviews WHERE starts_at >= ?1",
            &[&to_utc_text(now)],
        )?;
        let undecided = count(
            "SELECT count(*) FROM interviews WHERE decision = 'undecided'",
            &[],
        )?;
        let no_answer = count(
            "SELECT count(*) FROM interviews WHERE no_answer_at IS NOT NULL",
            &[],
        )?;
        Ok(FilterCounts {
            all,
            upcoming,
            undecided,
            past: all.saturating_sub(upcoming),
            no_answer,
        })
    }

    fn counts_of_matches(&self, expression: &str, now: DateTime<Utc>) -> Result<FilterCounts> {
        let matches: i64 = self
            .connection
            .prepare_cached("SELECT count(*) FROM interview_search WHERE interview_search MATCH ?1")
            .and_then(|mut statement| statement.query_row([expression], |row| row.get(0)))
            .map_err(storage)?;
        // A few matches are looked up one by one; many are counted by reading
        // the decision index (decision, start, id) once, no row read.
        let source = if matches > MAX_RANKED_MATCHES {
            "interviews INDEXED BY interviews_by_decision"
        } else {
            "interviews"
        };
        let (all, upcoming, undecided): (i64, i64, i64) = self
            .connection
            .prepare_cached(&format!(
                "SELECT count(*), coalesce(sum(starts_at >= ?1), 0),
                        coalesce(sum(decision = 'undecided'), 0)
                 FROM {source}
                 WHERE id IN (SELECT rowid FROM interview_search WHERE interview_search MATCH ?2)"
            ))
            .and_then(|mut statement| {
                statement.query_row(params![to_utc_text(now), expression], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })
            })
            .map_err(storage)?;
        // The few marked "no answer", through their own index, each looked
        // up in the full-text index (never the matches gathered again: a
        // word in every interview would read them all twice).
        let no_answer: i64 = self
            .connection
            .prepare_cached(
                "SELECT count(*) FROM interviews INDEXED BY interviews_no_answer
                 WHERE no_answer_at IS NOT NULL
                   AND EXISTS (SELECT 1 FROM interview_search
                               WHERE rowid = interviews.id AND interview_search MATCH ?1)",
            )
            .and_then(|mut statement| statement.query_row([expression], |row| row.get(0)))
            .map_err(storage)?;
        Ok(FilterCounts {
            all,
            upcoming,
            undecided,
            past: all.saturating_sub(upcoming),
            no_answer,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::match_expression;

    #[test]
    fn typed_words_become_prefixes_that_cannot_be_query_syntax() {
        assert_eq!(match_expression("  "), None);
        assert_eq!(match_expression("\"*()"), None);
        assert_eq!(
            match_expression("dana logist"),
            Some("\"dana\"* \"logist\"*".into())
        );
        assert_eq!(
            match_expression("NOT OR AND dana@x.io"),
            Some("\"NOT\"* \"OR\"* \"AND\"* \"dana\"* \"x\"* \"io\"*".into())
        );
        assert_eq!(
            match_expression("Mu\u{308}ller"),
            Some("\"Mu\u{308}ller\"*".into())
        );
    }
}
