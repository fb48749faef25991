target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/mention_finder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mention_lexicon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mention_scan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mention_entities.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token_facts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token_text.cpp)
