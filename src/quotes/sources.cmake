target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/quote_marks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quote_pairing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quote_roles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quote_finder.cpp)
