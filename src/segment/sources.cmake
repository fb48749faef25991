target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/segment_lexicon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/terminal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/opening.cpp
  ${CMAKE_CURRENT_LIST_DIR}/segmenter.cpp)
