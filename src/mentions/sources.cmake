target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/mention_finder.cpp)
