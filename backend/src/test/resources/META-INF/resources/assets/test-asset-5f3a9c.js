// A hashed asset stand-in: SecurityHeadersTest checks how /assets/ is cached without building the SPA.
