import ArgumentParser

@main
struct Notice: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Extract, check and diff the binding rules of Chinese regulatory notices.",
        subcommands: [
            ExtractCommand.self,
            CalendarCommand.self,
            BenchCommand.self,
            TablesCommand.self,
            CheckCommand.self,
            DiffCommand.self,
            BenchHTMLCommand.self,
        ]
    )
}
