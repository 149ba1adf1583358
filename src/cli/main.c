/*
 * entente: the command-line program. It parses the command word and hands
 * the rest of the arguments to one cmd_*.c file per command.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const cli_command commands[] = {
    {"validate", cmd_validate,
     "check snapshot files; report each problem with line and column",
     cmd_validate_help},
    {"metrics", cmd_metrics, "build a weighted network and measure it",
     cmd_metrics_help},
    {"render", cmd_render, "draw the network as SVG, PNG, PDF or DOT",
     cmd_render_help},
    {"extract", cmd_extract, "draft a snapshot from an article",
     cmd_extract_help},
    {"batch", cmd_batch, "measure many snapshots at once into one table",
     cmd_batch_help},
    {"compare", cmd_compare, "what changed from one snapshot to the next",
     cmd_compare_help},
    {"import", cmd_import, "snapshots from a table or a field's dataset",
     cmd_import_help},
    {"report", cmd_report, "one self-contained HTML report of snapshots",
     cmd_report_help},
    {"convert", cmd_convert, "to GraphML, GEXF, node-link, CSV, Pajek; back",
     cmd_convert_help},
};
enum { COMMAND_COUNT = sizeof commands / sizeof commands[0] };

static void print_help(void) {
    printf("Usage: entente [--help] [--version] COMMAND [ARGS...]\n"
           "\n"
           "entente turns the relationships between states and "
           "institutions\n"
           "(membership, leadership, arms dependency, border risk, summit\n"
           "attendance) into weighted networks, measures them and draws "
           "them.\n"
           "Its input is a snapshot file (JSON, schema \"entente/1\"; see "
           "README.md).\n"
           "\n"
           "Commands:\n");
    for (size_t i = 0; i < COMMAND_COUNT; i++) {
        printf("  %-10s %s\n", commands[i].name, commands[i].summary);
    }
    printf("\n"
           "Options:\n"
           "  -h, --help     show this help, or 'entente COMMAND --help'\n"
           "  -V, --version  show the version and those of its libraries\n"
           "\n"
           "Exit status: 0 success, 1 bad input, 2 bad usage, 3 I/O or "
           "internal error.\n");
}

static void print_version(void) {
    char versions[160];
    ent_dependency_versions(versions, sizeof versions);
    printf("entente %s (%s)\n", ent_version(), versions);
}

static const cli_command *find_command(const char *name) {
    for (size_t i = 0; i < COMMAND_COUNT; i++) {
        if (strcmp(commands[i].name, name) == 0) {
            return &commands[i];
        }
    }
    return NULL;
}

/* "entente help [COMMAND]" is the same as "--help". */
static int run_help(int argc, char **argv) {
    if (argc < 3) {
        print_help();
        return EXIT_OK;
    }
    const cli_command *command = find_command(argv[2]);
    if (command == NULL) {
        return cli_usage_error(NULL, "unknown command '%s'", argv[2]);
    }
    command->help();
    return EXIT_OK;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        return cli_usage_error(NULL, "a command is required");
    }
    const char *word = argv[1];
    if (strcmp(word, "-h") == 0 || strcmp(word, "--help") == 0) {
        print_help();
        return EXIT_OK;
    }
    if (strcmp(word, "-V") == 0 || strcmp(word, "--version") == 0) {
        print_version();
        return EXIT_OK;
    }
    if (strcmp(word, "help") == 0) {
        return run_help(argc, argv);
    }
    if (word[0] == '-') {
        return cli_usage_error(NULL, "unknown option '%s'", word);
    }
    const cli_command *command = find_command(word);
    if (command == NULL) {
        return cli_usage_error(NULL, "unknown command '%s'", word);
    }
    /* The command sees its own name as argv[0], as getopt expects. */
    return command->run(argc - 1, argv + 1);
}
