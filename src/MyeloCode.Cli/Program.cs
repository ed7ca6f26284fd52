using MyeloCode.Cli;

return await ImportCommands.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
