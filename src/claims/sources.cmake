target_sources(sayso PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/claim_builder.cpp)
