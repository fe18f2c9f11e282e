-- Sessions that ended (signed out here, in Keycloak, or by an admin): every Kolo instance refuses their cookies
-- within seconds, although the ID token in a copied cookie would still verify. Only a hash of Keycloak's session
-- id is kept, and only as long as such a session could have lasted.
create table ended_session (
    session_hash  char(64)     primary key,
    ended_at      timestamptz  not null,
    forget_after  timestamptz  not null
);
create index ended_session_by_time on ended_session (ended_at);
create index ended_session_forgotten on ended_session (forget_after);
