target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/claim_builder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claim_lexicon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claim_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cue_finder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quantity_parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/time_parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token_table.cpp)
