# sayso_embed_lexicons(<target> <dir>)
#
# Compiles every `<dir>/*.txt` lexicon into <target>: a generated source defines
# sayso::detail::embedded_lexicon(name), which returns the file's bytes for the file
# name without `.txt`. Editing a lexicon file re-runs the generator.
function(sayso_embed_lexicons target dir)
  file(GLOB lexicon_files CONFIGURE_DEPENDS "${dir}/*.txt")
  list(SORT lexicon_files)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/sayso_lexicons.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DOUT=${out} "-DFILES=${lexicon_files}"
            -P "${PROJECT_SOURCE_DIR}/cmake/SaysoEmbedGenerate.cmake"
    DEPENDS ${lexicon_files} "${PROJECT_SOURCE_DIR}/cmake/SaysoEmbedGenerate.cmake"
    COMMENT "Embedding sayso lexicons"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
