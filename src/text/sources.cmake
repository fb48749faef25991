target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/utf8.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer.cpp)
