# All dependencies are Debian -dev packages (scripts/setup.sh installs them).
find_package(pugixml REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(simdjson 3 REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS date_time)
find_package(ICU 70 REQUIRED COMPONENTS uc i18n)
find_package(Threads REQUIRED)
