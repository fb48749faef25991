target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/result.cpp
  ${CMAKE_CURRENT_LIST_DIR}/extractor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/huge_pages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lexicon_words.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token_locator.cpp)
