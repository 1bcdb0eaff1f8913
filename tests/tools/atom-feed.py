"""Reads an Atom feed with feedparser and writes what it found as JSON: the tests' oracle for changes.xml."""
import json
import sys

import feedparser

parsed = feedparser.parse(sys.argv[1])
feed = parsed.feed
print(json.dumps({
    "bozo": int(parsed.bozo),
    "error": str(parsed.get("bozo_exception", "")),
    "version": parsed.version,
    "feed": {
        "id": feed.get("id"),
        "title": feed.get("title"),
        "updated": feed.get("updated"),
        "author": feed.get("author"),
        "links": [{"rel": l.get("rel"), "href": l.get("href")} for l in feed.get("links", [])],
    },
    "entries": [
        {
            "id": e.get("id"),
            "title": e.get("title"),
            "updated": e.get("updated"),
            "link": e.get("link"),
            "summary": e.get("summary"),
        }
        for e in parsed.entries
    ],
}))
