# Builds the .deb (cpack -G DEB) into a folder of its own and checks what a
# fresh Debian 12 would get: the programs, the menu entry and metainfo, the
# icon, and dependencies that name Qt's libraries and the SQLite driver.
set(out ${BUILD_DIR}/package-check)
file(REMOVE_RECURSE ${out})
execute_process(COMMAND cpack -G DEB -B ${out} WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed:\n${log}")
endif()
file(GLOB debs ${out}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${out}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
foreach(path ./usr/bin/mynetwork ./usr/bin/mynetwork-engine ./usr/bin/mynetwork-admin
             ./usr/share/applications/net.mynetwork.MyNetwork.desktop
             ./usr/share/metainfo/net.mynetwork.MyNetwork.metainfo.xml
             ./usr/share/icons/hicolor/scalable/apps/mynetwork.svg)
  string(FIND "${contents}" "${path}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${path} is not in the package:\n${contents}")
  endif()
endforeach()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
foreach(dependency libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libc6)
  string(FIND "${depends}" "${dependency}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "Depends lacks ${dependency}: ${depends}")
  endif()
endforeach()
message(STATUS "${debs}: ${depends}")
