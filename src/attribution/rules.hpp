// The rule identifiers attributions carry (JSON `ruleId`): static strings naming the
// pattern that produced each record, so a user can see why it was made.
#ifndef SAYSO_SRC_ATTRIBUTION_RULES_HPP
#define SAYSO_SRC_ATTRIBUTION_RULES_HPP

#include <string_view>

namespace sayso::inline v0::detail::rules {

inline constexpr std::string_view quote_name_said = "quote-comma-name-said";
inline constexpr std::string_view quote_said_name = "quote-comma-said-name";
inline constexpr std::string_view split_quote = "split-quote";
inline constexpr std::string_view name_said_quote = "name-said-quote";
inline constexpr std::string_view colon_previous = "speaker-previous-sentence-colon";
inline constexpr std::string_view continuation = "conversation-continuation";
inline constexpr std::string_view interview_question = "interview-question";
inline constexpr std::string_view interview_answer = "interview-answer";
inline constexpr std::string_view sentence_subject = "quote-sentence-subject";
inline constexpr std::string_view action_beat = "quote-after-action";
inline constexpr std::string_view named_after = "quote-next-sentence-names";
inline constexpr std::string_view headline_subject = "headline-subject";
inline constexpr std::string_view embed = "embed-signature-line";
inline constexpr std::string_view nested_quote = "nested-quote-cue";
inline constexpr std::string_view reported_forward = "reported-cue-that";
inline constexpr std::string_view reported_postposed = "reported-postposed";
inline constexpr std::string_view parenthetical = "reported-parenthetical";
inline constexpr std::string_view participle = "reported-participle";
inline constexpr std::string_view according_to = "according-to";
inline constexpr std::string_view passive = "passive-it-was-said";

}  // namespace sayso::inline v0::detail::rules

#endif  // SAYSO_SRC_ATTRIBUTION_RULES_HPP
