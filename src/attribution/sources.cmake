target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/attributor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribution_cues.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribution_quotes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attribution_interview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cue_lexicon.cpp)
