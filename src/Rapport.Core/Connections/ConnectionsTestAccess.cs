using System.Runtime.CompilerServices;

// The connection tests compare the remembered token forms with forms computed afresh.
[assembly: InternalsVisibleTo("Rapport.Connections.Tests")]
