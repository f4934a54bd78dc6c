"""What several test modules share: fakes at the true edges (keychains, a scripted HTTP server, a browser played
by the test) and small worlds to test in (companies, fix plans, journals). Test modules import from here rather
than from each other."""
