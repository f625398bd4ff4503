# Annals edge tier: Varnish in front of one or more `next start` instances.
#
# Caches what anonymous readers get; never a signed-in visitor's, a preview's (Next draft
# mode), the admin's or the APIs'. Every page the application caches tells what it shows in
# its `x-annals-tags` header (the cache tags of lib/freshness/cacheTags.ts); on every publish,
# unpublish or delete each instance sends one `BAN` naming the tags the change touched
# (CDN_SERVERS), which drops exactly the pages showing it, however many: the tagged pages
# stay here for an hour while shared caches further out are told a minute (the app's
# Cache-Control). `PURGE` of one URL works too.
#
# `npm run start:edge` (scripts/startEdge.ts) fills in the marked blocks: the instances
# (EDGE_BACKENDS), the addresses allowed to purge (EDGE_PURGE_FROM) and the tags of the pages
# rendered per request (lib/freshness/cacheTags.ts). Used by hand, edit them.
vcl 4.1;

import directors;
import std;

# BEGIN BACKENDS
backend app1 {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .probe = { .url = "/robots.txt"; .interval = 2s; .timeout = 2s; .window = 3; .threshold = 2; }
}

sub vcl_init {
    new site = directors.round_robin();
    site.add_backend(app1);
}
# END BACKENDS

# BEGIN PURGERS
acl purgers {
    "127.0.0.1";
    "::1";
}
# END PURGERS

sub vcl_recv {
    set req.backend_hint = site.backend();

    # Only the instances may drop pages. client.ip is the connection's own address: no header
    # can claim another. A request relayed by a proxy in front (a TLS terminator on this
    # host, say) comes from an allowed address but on a reader's behalf: Varnish has added
    # client.ip to the X-Forwarded-For the proxy sent, so the list holds two hops; refused too.
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers || req.http.X-Forwarded-For ~ ",") {
            return (synth(405, "Not allowed from this address"));
        }
        if (req.method == "PURGE") {
            return (purge);
        }
        # Tags are ids and slugs: nothing in them can widen the expression below.
        if (req.http.X-Ban-Tags !~ "^[A-Za-z0-9:_-]+( [A-Za-z0-9:_-]+)*$") {
            return (synth(400, "BAN needs X-Ban-Tags: cache tags separated by spaces"));
        }
        # Only obj.* in the expression, so the ban lurker retires it in the background. A tag
        # matches whole, between characters no tag holds. The regular expression goes
        # unquoted (VCL's ban() would keep quotes as part of it), so it holds no space.
        if (std.ban("obj.http.x-annals-tags ~ (^|[^A-Za-z0-9:_-])("
            + regsuball(req.http.X-Ban-Tags, " ", "|")
            + ")([^A-Za-z0-9:_-]|$)")) {
            return (synth(200, "Banned"));
        }
        return (synth(400, std.ban_error()));
    }

    # The instances' own revalidation route is for them alone.
    if (req.url ~ "^/internal(/|\?|$)") {
        return (synth(404, "Not found"));
    }

    # Writes, and everything staff or scripts use, go straight through.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api|preview)(/|\?|$)") {
        return (pass);
    }
    # Signed in (Payload's session) or previewing drafts (Next draft mode): never shared.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=") {
        return (pass);
    }
    # Client-side navigation payloads vary with the router state they are asked from.
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.url ~ "[?&]_rsc=") {
        return (pass);
    }

    # Tracking parameters change nothing on a page: one copy, purged by its plain URL.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    # No other cookie changes what an anonymous reader gets (analytics, consent, …).
    unset req.http.Cookie;
    return (hash);
}

# One site: the URL alone names a page, so a PURGE from any host name reaches it.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # Anything personal, or an error, is not kept (and not queued behind: hit-for-miss).
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary == "*"
        || beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;
        return (deliver);
    }
    # Pages Next renders on every request (their URL has a query) carry no tags of their own:
    # the lists and search results among them are tagged here by what they show.
# BEGIN REQUEST PAGE TAGS
    if (!beresp.http.x-annals-tags && bereq.url ~ "^/articles(\?|$)") {
        set beresp.http.x-annals-tags = "site articles";
    }
    if (!beresp.http.x-annals-tags && bereq.url ~ "^/events(\?|$)") {
        set beresp.http.x-annals-tags = "site events";
    }
    if (!beresp.http.x-annals-tags && bereq.url ~ "^/search(\?|$)") {
        set beresp.http.x-annals-tags = "site articles events";
    }
# END REQUEST PAGE TAGS
    # A tagged page is dropped by a BAN whenever anything it shows changes: keep it an hour.
    # Anything else (a page with too many tags to send) keeps what the app said, a short
    # s-maxage.
    if (beresp.http.x-annals-tags
        && (beresp.status == 200 || beresp.status == 404)
        && beresp.http.Cache-Control ~ "public") {
        set beresp.ttl = 1h;
    }
    set beresp.grace = 30s;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Edge-Cache = "HIT";
    } else {
        set resp.http.X-Edge-Cache = "MISS";
    }
    # The age here is the edge's business: shared caches beyond it read the app's s-maxage.
    unset resp.http.Age;
    unset resp.http.x-annals-tags;
    return (deliver);
}

sub vcl_synth {
    if (req.method == "PURGE" && resp.status == 200) {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = "Purged " + req.url;
        return (deliver);
    }
    if (req.method == "BAN" && resp.status == 200) {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = "Banned " + req.http.X-Ban-Tags;
        return (deliver);
    }
}
