target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lexicon.cpp)
