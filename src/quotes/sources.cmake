target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/quote_finder.cpp)
