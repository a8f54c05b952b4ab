#include "cli/cli.h"

int main(int argc, char** argv) { return socorg::RunCli(argc, argv); }
