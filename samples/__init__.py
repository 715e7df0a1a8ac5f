"""The sample corpus that ships with tradefigures: eight short articles written for the
project (facts and figures of the Canada-US trade dispute, our own sentences), in text,
Markdown and HTML, with a manifest. `tradefigures run` with no SOURCE reads them."""
