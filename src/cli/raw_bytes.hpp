// Carrying bytes that are not UTF-8 through a JSON parser, which accepts only UTF-8:
// each such byte b becomes the private-use code point U+10FF00 + b before parsing and
// is turned back into the byte b afterwards. So a JSON Lines document whose text holds
// invalid UTF-8 is processed like a text file with the same bytes (cli.md: invalid
// UTF-8 is not an error), its offsets pointing at the original bytes.
#ifndef SAYSO_CLI_RAW_BYTES_HPP
#define SAYSO_CLI_RAW_BYTES_HPP

#include <string>

namespace sayso_cli {

/// Replaces every byte of `line` that is not part of valid UTF-8 by its carrier code
/// point. Returns false, leaving `line` as it is, when the line is valid UTF-8 or when
/// it already holds a carrier code point (raw or as a \u escape), which would make the
/// way back ambiguous.
bool encode_raw_bytes(std::string& line);

/// Turns carrier code points in `s` back into the bytes they stand for.
void decode_raw_bytes(std::string& s);

}  // namespace sayso_cli

#endif  // SAYSO_CLI_RAW_BYTES_HPP
