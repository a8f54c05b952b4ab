// Search terms for Chinese names (DESIGN.md: FTS5 with bigrams). A name is indexed as its overlapping
// character bigrams plus its last character; a query of n ≥ 2 characters matches a name exactly when its
// n−1 bigrams occur at consecutive positions, so the phrase query is an exact substring test.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace socorg {

// UTF-8 to code points; invalid bytes are dropped.
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);

// Keeps letters and digits (any script), lower-cases ASCII, drops spaces and punctuation.
// Input is expected to be NFKC-normalised and simplified already (app/text_normalizer).
std::u32string SearchCharacters(std::string_view normalized);

// "社会组织" -> "社会 会组 组织 织": the indexed document.
std::string BigramDocument(std::string_view normalized);

// The words of a query: split at white space, each word's searchable characters ("锡林 协会" -> 锡林, 协会);
// words without any are dropped. A name matches a query when it contains every word: officers and the public
// type a place and a kind of organization, "锡林 协会" (issue #13 item 10).
std::vector<std::u32string> QueryWords(std::string_view normalized);

// The FTS5 MATCH expression for a query: per word "\"社会 会组\"" for 3 characters, "\"社会\"" for 2, a
// prefix query "社*" for one; several words are joined by spaces (FTS5's implicit AND). Empty when the query
// has no searchable characters.
std::string BigramMatchQuery(std::string_view normalized);

// Bigrams of a query as separate strings (for PostgreSQL's array index).
std::vector<std::string> Bigrams(std::string_view normalized);

}  // namespace socorg
