# Annals edge tier: Varnish in front of one or more `next start` instances.
#
# Caches what anonymous readers get; never a signed-in visitor's, a preview's (Next draft
# mode), the admin's or the APIs'. The application purges exactly the URLs a publish,
# unpublish or delete changed with HTTP PURGE (CDN_SERVERS), so pages stay here for an hour
# while shared caches further out are told a minute (the app's Cache-Control).
#
# `npm run start:edge` (scripts/startEdge.ts) fills in the two marked blocks: the instances
# (EDGE_BACKENDS) and the addresses allowed to purge (EDGE_PURGE_FROM). Used by hand, edit them.
vcl 4.1;

import directors;

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

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE not allowed from this address"));
        }
        return (purge);
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
    # A page by its plain URL is purged on every change: keep it an hour. A URL with a query
    # (search, filtered lists) is never purged, so it keeps what the app said (s-maxage).
    if (beresp.status == 200 && bereq.url !~ "\?" && beresp.http.Cache-Control ~ "public") {
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
    return (deliver);
}

sub vcl_synth {
    if (req.method == "PURGE" && resp.status == 200) {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = "Purged " + req.url;
        return (deliver);
    }
}
