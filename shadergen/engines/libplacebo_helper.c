/*
 * shadergen's libplacebo engine: run mpv hook shaders through libplacebo's own renderer on Vulkan.
 *
 * The code path of mpv --vo=gpu-next: pl_mpv_user_shader_parse for each file, pl_render_image with
 * the hooks in pl_render_params.hooks. Built on first use by shadergen/engines/libplacebo.py, which
 * also defines the file formats below; nothing here is meant to be run by hand.
 *
 *   libplacebo_helper --input PLANES --size W H --chroma CW CH --depth 8|16 --range limited|full
 *                     --target TW TH --shader FILE [--shader FILE ...] [--output RGBA]
 *                     [--warmup N --frames N --timings JSON] [--software] [--device NAME]
 *
 * PLANES: Y, then Cb, then Cr code values, row-major, uint8 (depth 8) or little-endian uint16.
 * They are uploaded with pl_upload_plane (r8 / r16 textures) as BT.709 Y'CbCr, 4:2:0 chroma sited
 * left (MPEG-2). The target is one rgba32f texture in the source's own Y'CbCr representation
 * (channels Y, Cb, Cr), so libplacebo converts nothing on the way out: RGBA gets its float32
 * texels, row-major (the fourth channel is unused).
 *
 * Timing: the frames are rendered back to back (planes uploaded and pl_gpu_flush after each, and
 * pl_gpu_finish after every FRAMES_IN_FLIGHT frames, after every frame on a CPU device); then the
 * GPU is drained and one more frame is rendered, whose pl_render_info callbacks carry every pass's
 * GPU timer samples (ns, oldest first: sample i is frame i). JSON lists every pass of that frame
 * with its description, the shader file whose hook dispatched it (-1: none), and its samples.
 *
 * Exit status: 0 done; 2 a shader was rejected (libplacebo's error lines on stderr); 3 no Vulkan
 * device; 1 anything else. The last stderr line starting with "helper: " says why.
 */

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libplacebo/log.h>
#include <libplacebo/renderer.h>
#include <libplacebo/shaders/custom.h>
#include <libplacebo/utils/upload.h>
#include <libplacebo/vulkan.h>

#define MAX_SHADERS 16
#define MAX_PASSES 256
// libplacebo's Vulkan timers keep 8 results each and drop the oldest beyond that: the GPU is
// drained every few frames so that no timer sample is lost (after every frame on a CPU device).
#define FRAMES_IN_FLIGHT 4
// Debian 12's lavapipe (Mesa 22.3) crashes or deadlocks now and then in its queue thread when
// libplacebo renders hooks over several frames (the first frame always completes). On a CPU device
// every later frame runs under an alarm of this many times the first frame's wall time (at least
// WATCHDOG_MIN_S), so a deadlock ends like a crash, by a signal, and the caller can retry.
#define WATCHDOG_FACTOR 5
#define WATCHDOG_MIN_S 5
#define EXIT_REJECTED 2
#define EXIT_NO_DEVICE 3

struct options {
    const char *input, *output, *timings, *device;
    const char *shaders[MAX_SHADERS];
    int num_shaders;
    int width, height, chroma_width, chroma_height, depth, target_width, target_height;
    int warmup, frames;
    bool limited, software;
};

// Errors libplacebo logged (a rejected or disabled shader is only ever logged).
static int logged_errors;

static void log_line(void *priv, enum pl_log_level level, const char *message)
{
    (void) priv;
    if (level > PL_LOG_WARN)
        return;
    if (level <= PL_LOG_ERR)
        logged_errors++;
    fprintf(stderr, "libplacebo %s: %s\n", level <= PL_LOG_ERR ? "error" : "warning", message);
}

static void fail(int status, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fputs("helper: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(status);
}

// --- Which passes the user hooks dispatch: each hook is wrapped and says while it runs.

struct wrapped_hook {
    struct pl_hook hook;
    const struct pl_hook *inner;
    int file;  // index of the shader file in the arguments
};

static int inside_file = -1;  // the file whose hook is running, or -1

static void wrapped_reset(void *priv)
{
    const struct pl_hook *inner = ((struct wrapped_hook *) priv)->inner;
    if (inner->reset)
        inner->reset(inner->priv);
}

static struct pl_hook_res wrapped_hook(void *priv, const struct pl_hook_params *params)
{
    const struct wrapped_hook *wrapper = priv;
    inside_file = wrapper->file;
    struct pl_hook_res result = wrapper->inner->hook(wrapper->inner->priv, params);
    inside_file = -1;
    return result;
}

// --- The passes of one frame, as pl_render_info reports them.

struct pass_record {
    char desc[256];
    int file;  // the shader file that dispatched it, -1 for libplacebo's own passes
    int num_samples;
    uint64_t samples[256];
};

static struct pass_record passes[MAX_PASSES];
static int num_passes;

static void record_pass(void *priv, const struct pl_render_info *info)
{
    (void) priv;
    if (info->stage != PL_RENDER_STAGE_FRAME || num_passes >= MAX_PASSES)
        return;
    struct pass_record *record = &passes[num_passes++];
    const char *desc = info->pass->shader && info->pass->shader->description
                           ? info->pass->shader->description : "";
    snprintf(record->desc, sizeof(record->desc), "%s", desc);
    record->file = inside_file;
    record->num_samples = info->pass->num_samples;
    memcpy(record->samples, info->pass->samples, sizeof(record->samples));
}

// --- Files.

static char *read_file(const char *path, size_t *size)
{
    FILE *file = fopen(path, "rb");
    if (!file)
        fail(1, "%s: cannot open", path);
    fseek(file, 0, SEEK_END);
    long length = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *data = malloc(length + 1);
    if (!data || fread(data, 1, length, file) != (size_t) length)
        fail(1, "%s: cannot read", path);
    data[length] = '\0';
    fclose(file);
    *size = length;
    return data;
}

static void write_file(const char *path, const void *data, size_t size)
{
    FILE *file = fopen(path, "wb");
    if (!file || fwrite(data, 1, size, file) != size || fclose(file) != 0)
        fail(1, "%s: cannot write", path);
}

static void json_string(FILE *file, const char *text)
{
    fputc('"', file);
    for (const unsigned char *c = (const unsigned char *) text; *c; c++) {
        if (*c == '"' || *c == '\\')
            fprintf(file, "\\%c", *c);
        else if (*c < 0x20)
            fprintf(file, "\\u%04x", *c);
        else
            fputc(*c, file);
    }
    fputc('"', file);
}

static void write_timings(const char *path, pl_vulkan vk, const struct options *opts)
{
    VkPhysicalDeviceDriverProperties driver = {
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES,
    };
    VkPhysicalDeviceProperties2 properties = {
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2,
        .pNext = vk->api_version >= VK_API_VERSION_1_2 ? &driver : NULL,
    };
    vkGetPhysicalDeviceProperties2(vk->phys_device, &properties);
    uint32_t api = properties.properties.apiVersion;
    char version[64];
    snprintf(version, sizeof(version), "%u.%u.%u", VK_API_VERSION_MAJOR(api),
             VK_API_VERSION_MINOR(api), VK_API_VERSION_PATCH(api));

    FILE *file = fopen(path, "w");
    if (!file)
        fail(1, "%s: cannot write", path);
    fprintf(file, "{\n  \"device\": ");
    json_string(file, properties.properties.deviceName);
    fprintf(file, ",\n  \"vulkan_api\": ");
    json_string(file, version);
    fprintf(file, ",\n  \"driver_name\": ");
    json_string(file, driver.driverName);
    fprintf(file, ",\n  \"driver_info\": ");
    json_string(file, driver.driverInfo);
    fprintf(file, ",\n  \"libplacebo\": ");
    json_string(file, PL_VERSION);
    fprintf(file, ",\n  \"warmup\": %d,\n  \"frames\": %d,\n  \"passes\": [", opts->warmup,
            opts->frames);
    for (int i = 0; i < num_passes; i++) {
        fprintf(file, "%s\n    {\"desc\": ", i ? "," : "");
        json_string(file, passes[i].desc);
        fprintf(file, ", \"file\": %d, \"samples_ns\": [", passes[i].file);
        for (int s = 0; s < passes[i].num_samples; s++)
            fprintf(file, "%s%llu", s ? ", " : "", (unsigned long long) passes[i].samples[s]);
        fprintf(file, "]}");
    }
    fprintf(file, "\n  ]\n}\n");
    if (fclose(file) != 0)
        fail(1, "%s: cannot write", path);
}

// --- Arguments.

static int number(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc)
        fail(1, "%s needs a number", argv[*i]);
    return atoi(argv[++*i]);
}

static const char *text(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc)
        fail(1, "%s needs a value", argv[*i]);
    return argv[++*i];
}

static void parse_options(int argc, char **argv, struct options *opts)
{
    *opts = (struct options) {.depth = 8, .limited = true};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!strcmp(arg, "--input")) {
            opts->input = text(argc, argv, &i);
        } else if (!strcmp(arg, "--output")) {
            opts->output = text(argc, argv, &i);
        } else if (!strcmp(arg, "--timings")) {
            opts->timings = text(argc, argv, &i);
        } else if (!strcmp(arg, "--device")) {
            opts->device = text(argc, argv, &i);
        } else if (!strcmp(arg, "--shader")) {
            if (opts->num_shaders == MAX_SHADERS)
                fail(1, "at most %d shaders", MAX_SHADERS);
            opts->shaders[opts->num_shaders++] = text(argc, argv, &i);
        } else if (!strcmp(arg, "--size")) {
            opts->width = number(argc, argv, &i);
            opts->height = number(argc, argv, &i);
        } else if (!strcmp(arg, "--chroma")) {
            opts->chroma_width = number(argc, argv, &i);
            opts->chroma_height = number(argc, argv, &i);
        } else if (!strcmp(arg, "--target")) {
            opts->target_width = number(argc, argv, &i);
            opts->target_height = number(argc, argv, &i);
        } else if (!strcmp(arg, "--depth")) {
            opts->depth = number(argc, argv, &i);
        } else if (!strcmp(arg, "--range")) {
            opts->limited = !strcmp(text(argc, argv, &i), "limited");
        } else if (!strcmp(arg, "--warmup")) {
            opts->warmup = number(argc, argv, &i);
        } else if (!strcmp(arg, "--frames")) {
            opts->frames = number(argc, argv, &i);
        } else if (!strcmp(arg, "--software")) {
            opts->software = true;
        } else {
            fail(1, "unknown argument %s", arg);
        }
    }
    if (!opts->input || opts->width < 1 || opts->height < 1 || opts->chroma_width < 1 ||
        opts->chroma_height < 1 || opts->target_width < 1 || opts->target_height < 1 ||
        (opts->depth != 8 && opts->depth != 16) || opts->warmup < 0 || opts->frames < 0 ||
        opts->frames + opts->warmup > 256)
        fail(1, "incomplete or out-of-range arguments");
}

// --- Rendering.

static const uint8_t *read_planes(const struct options *opts)
{
    size_t size, bytes = opts->depth / 8;
    const uint8_t *data = (const uint8_t *) read_file(opts->input, &size);
    size_t expected = ((size_t) opts->width * opts->height +
                       2 * (size_t) opts->chroma_width * opts->chroma_height) * bytes;
    if (size != expected)
        fail(1, "%s: %zu bytes, expected %zu", opts->input, size, expected);
    return data;
}

// Every frame uploads its planes again, as a player does.
static void upload_planes(pl_gpu gpu, const struct options *opts, const uint8_t *data,
                          struct pl_frame *image, pl_tex textures[3])
{
    size_t bytes = opts->depth / 8;
    size_t luma = (size_t) opts->width * opts->height * bytes;
    size_t chroma = (size_t) opts->chroma_width * opts->chroma_height * bytes;
    for (int p = 0; p < 3; p++) {
        int w = p ? opts->chroma_width : opts->width, h = p ? opts->chroma_height : opts->height;
        struct pl_plane_data plane = {
            .type = PL_FMT_UNORM,
            .width = w,
            .height = h,
            .component_size = {opts->depth},
            .component_map = {p},  // PL_CHANNEL_Y, PL_CHANNEL_CB, PL_CHANNEL_CR
            .pixel_stride = bytes,
            .row_stride = (size_t) w * bytes,
            .pixels = data + (p ? luma + (p - 1) * chroma : 0),
        };
        if (!pl_upload_plane(gpu, &image->planes[p], &textures[p], &plane))
            fail(1, "cannot upload plane %d", p);
    }
    image->num_planes = 3;
    image->repr = (struct pl_color_repr) {
        .sys = PL_COLOR_SYSTEM_BT_709,
        .levels = opts->limited ? PL_COLOR_LEVELS_LIMITED : PL_COLOR_LEVELS_FULL,
        .bits = {.sample_depth = opts->depth, .color_depth = opts->depth},
    };
    image->color = pl_color_space_bt709;
    pl_frame_set_chroma_location(image, PL_CHROMA_LEFT);
}

int main(int argc, char **argv)
{
    struct options opts;
    parse_options(argc, argv, &opts);

    pl_log log = pl_log_create(PL_API_VER, pl_log_params(.log_cb = log_line,
                                                         .log_level = PL_LOG_WARN));
    pl_vulkan vk = pl_vulkan_create(log, pl_vulkan_params(
        .allow_software = opts.software,
        .device_name = opts.device,
    ));
    if (!vk)
        fail(EXIT_NO_DEVICE, "no usable Vulkan device");
    pl_gpu gpu = vk->gpu;

    const struct pl_hook *parsed[MAX_SHADERS];
    struct wrapped_hook wrapped[MAX_SHADERS];
    const struct pl_hook *hooks[MAX_SHADERS];
    for (int i = 0; i < opts.num_shaders; i++) {
        size_t size;
        char *text = read_file(opts.shaders[i], &size);
        parsed[i] = pl_mpv_user_shader_parse(gpu, text, size);
        free(text);
        if (!parsed[i])
            fail(EXIT_REJECTED, "%s: libplacebo could not parse the shader", opts.shaders[i]);
        wrapped[i] = (struct wrapped_hook) {
            .hook = {
                .stages = parsed[i]->stages,
                .input = parsed[i]->input,
                .priv = &wrapped[i],
                .reset = wrapped_reset,
                .hook = wrapped_hook,
            },
            .inner = parsed[i],
            .file = i,
        };
        hooks[i] = &wrapped[i].hook;
    }

    struct pl_frame image = {0};
    pl_tex sources[3] = {0};
    const uint8_t *planes = read_planes(&opts);
    upload_planes(gpu, &opts, planes, &image, sources);

    pl_fmt format = pl_find_fmt(gpu, PL_FMT_FLOAT, 4, 32, 32,
                                PL_FMT_CAP_RENDERABLE | PL_FMT_CAP_HOST_READABLE);
    if (!format)
        fail(1, "the device has no renderable, readable rgba32f format");
    pl_tex target_tex = pl_tex_create(gpu, pl_tex_params(
        .w = opts.target_width,
        .h = opts.target_height,
        .format = format,
        .renderable = true,
        .host_readable = true,
    ));
    if (!target_tex)
        fail(1, "cannot create the %dx%d target", opts.target_width, opts.target_height);
    struct pl_frame target = {
        .num_planes = 1,
        .planes = {{
            .texture = target_tex,
            .components = 3,
            .component_mapping = {PL_CHANNEL_Y, PL_CHANNEL_CB, PL_CHANNEL_CR},
        }},
        .repr = image.repr,
        .color = image.color,
    };

    // What FFmpeg's libplacebo filter is given by the oracle: bilinear main scalers, no sigmoid;
    // and no dithering (a float target needs none).
    struct pl_render_params params = {
        PL_RENDER_DEFAULTS
        .upscaler = &pl_filter_bilinear,
        .downscaler = &pl_filter_bilinear,
        .hooks = hooks,
        .num_hooks = opts.num_shaders,
        .info_callback = record_pass,
    };

    VkPhysicalDeviceProperties device;
    vkGetPhysicalDeviceProperties(vk->phys_device, &device);
    bool cpu_device = device.deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU;
    int in_flight = cpu_device ? 1 : FRAMES_IN_FLIGHT;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);

    pl_renderer renderer = pl_renderer_create(log, gpu);
    int frames = opts.warmup + opts.frames + 1;  // the last one collects the timer samples
    for (int f = 0; f < frames; f++) {
        if (f == frames - 1 || (f > 0 && f % in_flight == 0))
            pl_gpu_finish(gpu);
        if (f == 1 && cpu_device) {
            clock_gettime(CLOCK_MONOTONIC, &end);
            double first_s = (end.tv_sec - start.tv_sec) + 1e-9 * (end.tv_nsec - start.tv_nsec);
            double limit = WATCHDOG_FACTOR * first_s * (frames - 1);
            alarm(limit > WATCHDOG_MIN_S ? (unsigned) limit : WATCHDOG_MIN_S);
        }
        if (f > 0)
            upload_planes(gpu, &opts, planes, &image, sources);
        num_passes = 0;
        if (!pl_render_image(renderer, &image, &target, &params))
            fail(logged_errors ? EXIT_REJECTED : 1, "pl_render_image failed");
        pl_gpu_flush(gpu);
        if (logged_errors)
            fail(EXIT_REJECTED, "libplacebo reported an error (it would disable the shader)");
    }

    if (opts.output) {
        size_t size = (size_t) opts.target_width * opts.target_height * 4 * sizeof(float);
        float *texels = malloc(size);
        if (!texels || !pl_tex_download(gpu, pl_tex_transfer_params(.tex = target_tex, .ptr = texels)))
            fail(1, "cannot read the target back");
        write_file(opts.output, texels, size);
        free(texels);
    }
    if (opts.timings)
        write_timings(opts.timings, vk, &opts);

    pl_renderer_destroy(&renderer);
    pl_tex_destroy(gpu, &target_tex);
    for (int p = 0; p < 3; p++)
        pl_tex_destroy(gpu, &sources[p]);
    for (int i = 0; i < opts.num_shaders; i++)
        pl_mpv_user_shader_destroy(&parsed[i]);
    pl_vulkan_destroy(&vk);
    pl_log_destroy(&log);
    return logged_errors ? EXIT_REJECTED : 0;
}
